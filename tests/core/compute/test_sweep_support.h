#pragma once
// Shared by the sweep tests: random embeddings, identity tie ranks, and a ranking comparison that tolerates
// swaps of documents whose scores differ by less than float rounding.
#include "core/embed/embedding_matrix.h"
#include "core/search/top_k_lists.h"

#include <cstdint>
#include <vector>

namespace near2 {

EmbeddingMatrix randomMatrix(std::size_t rows, std::size_t dim, unsigned seed);
std::vector<std::uint32_t> identityTieRanks(std::size_t n);
void expectSameRankings(const SweepResult& a, const SweepResult& b);

} // namespace near2
