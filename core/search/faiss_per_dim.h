#pragma once
// The straightforward alternative to the sweep: for each dim, truncate and re-normalise both sides, build a
// FAISS IndexFlatIP and search it. The reference the sweep is tested and benchmarked against.
#include <cstdint>
#include <span>

#include "core/search/sweep.h"

namespace near2 {

SweepResult searchPerDimWithFaiss(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                                  std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                                  const JobControl& job = {});

// The first `dim` components of every row, scaled to unit length (zero rows stay zero).
std::vector<float> truncateAndNormalize(const EmbeddingMatrix& matrix, int dim);

} // namespace near2
