#pragma once
// The straightforward alternative to the sweep: for each dim, truncate and re-normalise both sides, build a
// FAISS IndexFlatIP and search it. The reference the sweep is tested and benchmarked against.
#include "core/search/sweep.h"

#include <cstdint>
#include <span>

namespace near2 {

SweepResult searchPerDimWithFaiss(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                                  std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                                  const JobControl& job = {});

// The first `dim` components of every row, scaled to unit length (zero rows stay zero). Reads the matrix a
// tile at a time; throws NonFiniteRow.
std::vector<float> truncateAndNormalize(const EmbeddingMatrix& matrix, int dim);

// The reference holds the catalog at its largest dim in float32 twice (the normalised copy and the index's):
// throws InputError (core/util/memory_budget.h) when that does not fit.
void requireFaissReferenceMemory(std::size_t rows, std::size_t largestDim);

} // namespace near2
