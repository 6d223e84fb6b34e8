#pragma once
// Adds the scores of one catalog tile that passed a query's threshold scan to its candidates at one dim.
#include "core/search/candidates.h"
#include "core/search/kth_largest.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace near2 {

// `positions` are relative to the tile's first document `firstDoc`; `selection` is scratch space.
inline void admitTileHits(CandidateBuffer& candidates, std::size_t k, const float* scores,
                          const std::uint32_t* positions, std::size_t hits, std::size_t firstDoc,
                          std::span<const std::uint32_t> tieRanks, std::vector<float>& selection)
{
    // Early tiles pass almost everything: find the tile's own k-th best score first, so that only about k of
    // its scores are added.
    float admission = candidates.threshold();
    if (hits > k) {
        selection.assign(scores, scores + hits);
        admission = std::max(admission, kthLargest(selection.data(), hits, k));
    }
    for (std::size_t h = 0; h < hits; ++h) {
        if (scores[h] < admission || scores[h] < candidates.threshold())
            continue;
        const auto doc = static_cast<std::uint32_t>(firstDoc + positions[h]);
        candidates.add({scores[h], tieRanks[doc], static_cast<std::int32_t>(doc)});
    }
    if (hits > k)
        candidates.raiseThreshold(admission);
}

} // namespace near2
