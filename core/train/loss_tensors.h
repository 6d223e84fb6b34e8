#pragma once
// The training losses on LibTorch tensors, for the trainer and the tests. at::Tensor is only declared here,
// so this header costs nothing to include; callers that build tensors include LibTorch themselves.
#include "core/train/train_options.h"

namespace at {
class Tensor;
}

namespace near2 {

// Rows of `x` scaled to unit L2 norm (norm clamped at 1e-12, as torch.nn.functional.normalize).
at::Tensor l2Normalize(const at::Tensor& x);

// sentence-transformers' MultipleNegativesRankingLoss: queries q [B,m] and documents d [D,m] (D ≥ B), both
// L2-normalised; document i is the positive of query i and every other document a negative, except those in
// `positive` (bool [B,D], true where document j is a judged positive of query i), which are left out.
// Mean over the batch of cross-entropy(scale · cos(q_i, d_·), i).
at::Tensor multipleNegativesRankingLoss(const at::Tensor& q, const at::Tensor& d, const at::Tensor& positive,
                                        double scale);

// sentence-transformers' OnlineContrastiveLoss over every (query, document) pair of the batch, labelled by
// `positive` (bool [B,D]): with distance 1 − cos, the hard positives (farther than the closest negative) add
// distance², the hard negatives (closer than the farthest positive) add relu(margin − distance)². A sum.
at::Tensor onlineContrastiveLoss(const at::Tensor& q, const at::Tensor& d, const at::Tensor& positive,
                                 double margin);

// Σ over spec.dims of weight · (MNRL + OCL as enabled) on the first m components of the raw embeddings,
// each prefix L2-normalised.
at::Tensor matryoshkaLoss(const at::Tensor& queries, const at::Tensor& documents, const at::Tensor& positive,
                          const LossSpec& spec);

} // namespace near2
