#include "core/session/single_query_ranking.h"

namespace near2::session {

std::vector<RankedDoc> rankAtDim(const NestedLayout& catalog, std::span<const float> query, int dim,
                                 std::size_t k, std::span<const std::uint32_t> tieRanks)
{
    std::vector<RankedDoc> ranked;
    for (const auto& candidate : catalog.topK(query, dim, k, tieRanks))
        ranked.push_back({candidate.doc, candidate.score});
    return ranked;
}

} // namespace near2::session
