#pragma once
// The sweep with torch::topk per tile on any device (the GPU path; also runs on CPU for tests).
// Ties at the cut-off of a tile may be resolved by position rather than by tie rank.
#include "core/search/sweep.h"

namespace near2 {

SweepResult sweepTopKWithTorch(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                               std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                               const JobControl& job);

} // namespace near2
