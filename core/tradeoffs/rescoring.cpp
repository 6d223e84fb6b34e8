// Plain-CPU helper of the searchers: exact re-scoring of shortlists.
#include "core/tradeoffs/cell_searcher.h"

#include <algorithm>
#include <limits>

namespace near2 {

void rescoreCandidates(const float* query, const float* catalog, int dim, const std::int64_t* candidates,
                       std::size_t candidateCount, std::size_t k, float* scores, std::int64_t* labels)
{
    const auto d = static_cast<std::size_t>(dim);
    std::vector<std::pair<float, std::int64_t>> scored;
    scored.reserve(candidateCount);
    for (std::size_t c = 0; c < candidateCount; ++c) {
        const std::int64_t label = candidates[c];
        if (label < 0)
            continue;
        const float* row = catalog + static_cast<std::size_t>(label) * d;
        float dot = 0.0f;
        for (std::size_t j = 0; j < d; ++j)
            dot += query[j] * row[j];
        scored.emplace_back(dot, label);
    }
    const std::size_t kept = std::min(k, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(kept), scored.end(),
                      [](const auto& a, const auto& b) { // equal scores: the lower row first, as FAISS keeps
                          return a.first > b.first || (a.first == b.first && a.second < b.second);
                      });
    for (std::size_t r = 0; r < k; ++r) {
        scores[r] = r < kept ? scored[r].first : -std::numeric_limits<float>::infinity();
        labels[r] = r < kept ? scored[r].second : -1;
    }
}

} // namespace near2
