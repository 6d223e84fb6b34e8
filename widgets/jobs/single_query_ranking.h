#pragma once
// The top-k of one query vector at one prefix dimension by an exact scan (cosine of the d-dim prefixes),
// split over the hardware threads. Memory-bound: reads d floats of every catalog row.
#include "core/embed/embedding_matrix.h"

#include <cstdint>
#include <span>
#include <vector>

namespace near2::jobs {

struct RankedDoc
{
    std::int32_t row = -1;
    float score = 0.0f;
};

// Best first; ties to the higher `tieRanks[row]` (trec_eval order) when given, else to the lower row.
std::vector<RankedDoc> rankAtDim(const EmbeddingMatrix& corpus, std::span<const float> query, int dim,
                                 std::size_t k, std::span<const std::uint32_t> tieRanks = {});

} // namespace near2::jobs
