#pragma once
// The first pass of exact single-query ranking on the int8 copy: every row gets a rigorous interval for its
// exact fp32 score (core/search/cosine_bounds.h); rows whose upper bound stays below the k-th best lower
// bound cannot reach the top k and are dropped. Reads dim + 4·(segments used + 2) bytes per row.
#include "core/search/quantised_blocks.h"
#include "core/search/quantised_query.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace near2 {

struct PrefilterInput
{
    const QuantisedBlocks& blocks;
    const std::vector<int>& segmentEnds;
    const std::vector<const float*>& squaredNorms; // [segment] exact pass's fp32 ||x[:end]||²
    const std::vector<const float*>& inverseNorms; // [segment] exact pass's fp32 1/||x[:end]||
};

// The rows (ascending) that may belong to the exact top k at `dim`; every other row scores strictly below
// the k-th best exact score. Uses up to `threads` threads (0: all hardware threads).
std::vector<std::uint32_t> topKCandidates(const PrefilterInput& input, const QuantisedQuery& query, int dim,
                                          std::size_t k, unsigned threads);

} // namespace near2
