#pragma once
// A small catalog for the explorer's tests: random products, a query, and products that lean towards the
// query in the late dims only (they enter the top k at a larger dim), plus exact duplicates (ties). The
// reference order is computed another way than core/explore: long double, one running sum, a full sort.
#include "core/embed/embedding_matrix.h"
#include "core/explore/listed_ranking.h"

#include <cstdint>
#include <vector>

namespace near2::test {

struct ExploreCase
{
    EmbeddingMatrix corpus;
    std::vector<float> query;
    std::vector<std::uint32_t> tieRanks; // a shuffled permutation
    std::vector<int> dims;               // 8, 16, 32, … up to the full dim
    std::vector<std::int32_t> lateRows;  // rows aligned with the query only from dim/2 on
    std::vector<std::int32_t> earlyRows; // rows aligned with the query in the first dims only
};

// `rows` ≥ 100, `dim` a power of two ≥ 16. Rows 10 and 11 are copies of row 12 (ties broken by tieRanks).
ExploreCase makeExploreCase(std::size_t rows, std::size_t dim, unsigned seed);

long double referenceCosine(const ExploreCase& c, std::int32_t row, int dim);
// Every row at `dim`, best first (ties to the higher tie rank).
std::vector<std::int32_t> referenceOrder(const ExploreCase& c, int dim);
// 1-based rank of `row` in referenceOrder.
std::size_t referenceRank(const ExploreCase& c, std::int32_t row, int dim);
// The first `depth` rows of referenceOrder with their float cosines, as a stored run lists them.
explore::ListedRanking referenceListing(const ExploreCase& c, int dim, std::size_t depth);

} // namespace near2::test
