// MNRL, OCL and the Matryoshka sum: the only loss code, on ATen tensors.
#include "core/train/loss_tensors.h"

#include <ATen/ATen.h>

namespace near2 {

at::Tensor l2Normalize(const at::Tensor& x)
{
    return x / x.norm(2, {1}, true).clamp_min(1e-12);
}

at::Tensor multipleNegativesRankingLoss(const at::Tensor& q, const at::Tensor& d, const at::Tensor& positive,
                                        double scale)
{
    const auto rows = q.size(0);
    auto scores = at::matmul(q, d.transpose(0, 1)) * scale;
    const auto diagonal = at::eye(rows, d.size(0), positive.options());
    const auto leftOut = positive.logical_and(diagonal.logical_not());
    scores = scores.masked_fill(leftOut, -std::numeric_limits<double>::infinity());
    const auto logProbabilities = at::log_softmax(scores, 1);
    return -logProbabilities.diagonal().mean();
}

at::Tensor onlineContrastiveLoss(const at::Tensor& q, const at::Tensor& d, const at::Tensor& positive,
                                 double margin)
{
    const auto distances = 1 - at::matmul(q, d.transpose(0, 1));
    const auto positives = distances.masked_select(positive);
    const auto negatives = distances.masked_select(positive.logical_not());
    auto loss = distances.sum() * 0; // keeps the graph (and the device) when no pair is hard
    if (negatives.numel() > 0) {
        const auto bound = positives.numel() > 1 ? positives.max().detach() : negatives.mean().detach();
        const auto hard = negatives.masked_select(negatives < bound);
        loss = loss + at::relu(margin - hard).pow(2).sum();
    }
    if (positives.numel() > 0) {
        const auto bound = negatives.numel() > 1 ? negatives.min().detach() : positives.mean().detach();
        const auto hard = positives.masked_select(positives > bound);
        loss = loss + hard.pow(2).sum();
    }
    return loss;
}

at::Tensor matryoshkaLoss(const at::Tensor& queries, const at::Tensor& documents, const at::Tensor& positive,
                          const LossSpec& spec)
{
    at::Tensor total;
    for (std::size_t i = 0; i < spec.dims.size(); ++i) {
        const auto q = l2Normalize(queries.narrow(1, 0, spec.dims[i]));
        const auto d = l2Normalize(documents.narrow(1, 0, spec.dims[i]));
        at::Tensor loss;
        if (spec.mnrl)
            loss = multipleNegativesRankingLoss(q, d, positive, spec.scale);
        if (spec.ocl) {
            const auto ocl = onlineContrastiveLoss(q, d, positive, spec.margin);
            loss = loss.defined() ? loss + ocl : ocl;
        }
        loss = loss * spec.weights[i];
        total = total.defined() ? total + loss : loss;
    }
    return total;
}

} // namespace near2
