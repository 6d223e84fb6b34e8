#pragma once
// The top-k of one query vector at one prefix dimension (nested or not) by an exact scan of the catalog in
// nested blocks (core/search/nested_layout.h: reads 4·dim bytes per product, all hardware threads).
#include "core/search/nested_layout.h"

#include <cstdint>
#include <span>
#include <vector>

namespace near2::session {

struct RankedDoc
{
    std::int32_t row = -1;
    float score = 0.0f;
};

// Best first; ties to the higher `tieRanks[row]` (trec_eval order) when given, else to the lower row.
std::vector<RankedDoc> rankAtDim(const NestedLayout& catalog, std::span<const float> query, int dim,
                                 std::size_t k, std::span<const std::uint32_t> tieRanks = {});

} // namespace near2::session
