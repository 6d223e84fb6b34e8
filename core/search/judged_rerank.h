#pragma once
// Ranks only each query's judged products, at every nested dim (ESCI's official re-ranking task, -J).
#include <cstdint>
#include <span>
#include <vector>

#include "core/embed/embedding_matrix.h"
#include "core/search/top_k_lists.h"

namespace near2 {

// `queries` row i is ranked against catalog rows candidates[i]; keeps the best k per dim.
SweepResult rankCandidates(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                           const std::vector<std::vector<std::int32_t>>& candidates,
                           std::span<const std::uint32_t> tieRanks, const std::vector<int>& dims, std::size_t k);

} // namespace near2
