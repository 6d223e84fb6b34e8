// The training losses against values worked out by hand.
#include "core/train/loss_tensors.h"

#include <cmath>
#include <gtest/gtest.h>
#include <torch/torch.h>

namespace near2 {
namespace {

torch::Tensor matrix(std::vector<float> values, std::int64_t rows, std::int64_t columns)
{
    return torch::tensor(values).view({rows, columns});
}

torch::Tensor mask(std::vector<int> values, std::int64_t rows, std::int64_t columns)
{
    return torch::tensor(values).view({rows, columns}).to(torch::kBool);
}

// Queries e1, e2; documents (0.6, 0.8), (0.8, 0.6): cosines 0.6/0.8 and 0.8/0.6.
const auto kQueries = [] { return matrix({1, 0, 0, 1}, 2, 2); };
const auto kDocuments = [] { return matrix({0.6f, 0.8f, 0.8f, 0.6f}, 2, 2); };

TEST(TrainLosses, MnrlIsCrossEntropyOverScaledCosines)
{
    // Each row: logits (12, 16) with the target on 12 → log(1 + e^4).
    const double expected = std::log1p(std::exp(4.0));
    const auto loss = multipleNegativesRankingLoss(kQueries(), kDocuments(), mask({1, 0, 0, 1}, 2, 2), 20.0);
    EXPECT_NEAR(loss.item<double>(), expected, 1e-5);
    const auto unscaled =
        multipleNegativesRankingLoss(kQueries(), kDocuments(), mask({1, 0, 0, 1}, 2, 2), 1.0);
    EXPECT_NEAR(unscaled.item<double>(), std::log1p(std::exp(0.2)), 1e-6);
}

TEST(TrainLosses, MnrlLeavesOutOtherJudgedPositives)
{
    // Document 1 is also a positive of query 0: row 0 keeps only its own logit (loss 0).
    const auto loss = multipleNegativesRankingLoss(kQueries(), kDocuments(), mask({1, 1, 0, 1}, 2, 2), 20.0);
    EXPECT_NEAR(loss.item<double>(), std::log1p(std::exp(4.0)) / 2, 1e-5);
}

TEST(TrainLosses, OclHardNegativeOnly)
{
    // Distances 0, 0.4, 1; one positive → negatives are hard below their mean 0.7: relu(0.5 − 0.4)² = 0.01.
    // The positive (0) is not farther than the closest negative (0.4): no positive term.
    const auto q = matrix({1, 0}, 1, 2);
    const auto d = matrix({1, 0, 0.6f, 0.8f, 0, 1}, 3, 2);
    EXPECT_NEAR(onlineContrastiveLoss(q, d, mask({1, 0, 0}, 1, 3), 0.5).item<double>(), 0.01, 1e-6);
}

TEST(TrainLosses, OclHardPositiveOnly)
{
    // Positives at 0 and 0.4, one negative at 1: no negative closer than 0.4; positives above their mean 0.2
    // are hard: 0.4² = 0.16.
    const auto q = matrix({1, 0}, 1, 2);
    const auto d = matrix({1, 0, 0.6f, 0.8f, 0, 1}, 3, 2);
    EXPECT_NEAR(onlineContrastiveLoss(q, d, mask({1, 1, 0}, 1, 3), 0.5).item<double>(), 0.16, 1e-6);
}

TEST(TrainLosses, MatryoshkaSumsWeightedLossesOfNormalisedPrefixes)
{
    const auto q = matrix({1, 0, 3, 4, 0, 2, -1, 1}, 2, 4);
    const auto d = matrix({2, 1, 0, 0, 1, 3, 1, -2}, 2, 4);
    const auto positive = mask({1, 0, 0, 1}, 2, 2);
    LossSpec spec;
    spec.mnrl = true;
    spec.ocl = true;
    spec.dims = {2, 4};
    spec.weights = {1.0, 0.5};
    const auto part = [&](int m) {
        const auto qm = l2Normalize(q.narrow(1, 0, m));
        const auto dm = l2Normalize(d.narrow(1, 0, m));
        return multipleNegativesRankingLoss(qm, dm, positive, 20).item<double>() +
               onlineContrastiveLoss(qm, dm, positive, 0.5).item<double>();
    };
    const double expected = 1.0 * part(2) + 0.5 * part(4);
    EXPECT_NEAR(matryoshkaLoss(q, d, positive, spec).item<double>(), expected, 1e-5);
    EXPECT_GT(std::abs(part(2) - part(4)), 1e-3); // the prefixes matter in this case

    // The prefix is normalised on its own: (1, 0) of (1, 0, 3, 4) has norm 1, not 1/√26.
    const auto prefix = l2Normalize(q.narrow(1, 0, 2));
    EXPECT_NEAR(prefix[0][0].item<double>(), 1.0, 1e-6);

    spec.mnrl = false;
    spec.dims = {4};
    spec.weights = {1.0};
    EXPECT_NEAR(matryoshkaLoss(q, d, positive, spec).item<double>(),
                onlineContrastiveLoss(l2Normalize(q), l2Normalize(d), positive, 0.5).item<double>(), 1e-6);
}

} // namespace
} // namespace near2
