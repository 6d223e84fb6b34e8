#include "widgets/jobs/single_query_ranking.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <thread>

namespace near2::jobs {

namespace {

struct Scored
{
    float score;
    std::uint32_t tie;
    std::int32_t row;
};

bool better(const Scored& a, const Scored& b)
{
    return a.score > b.score || (a.score == b.score && a.tie > b.tie);
}

std::vector<Scored> scanRows(const EmbeddingMatrix& corpus, const float* query, float queryScale, int dim,
                             std::size_t k, std::size_t first, std::size_t last,
                             std::span<const std::uint32_t> tieRanks)
{
    std::vector<Scored> best;
    best.reserve(2 * k + 1);
    float threshold = -INFINITY;
    const std::size_t d = static_cast<std::size_t>(dim);
    for (std::size_t row = first; row < last; ++row) {
        const float* values = corpus.data() + row * corpus.dim();
        // Independent lanes so that the compiler vectorises without reassociating a single sum.
        constexpr std::size_t kLanes = 16;
        float dots[kLanes] = {}, norms[kLanes] = {};
        std::size_t i = 0;
        for (; i + kLanes <= d; i += kLanes)
            for (std::size_t lane = 0; lane < kLanes; ++lane) {
                dots[lane] += values[i + lane] * query[i + lane];
                norms[lane] += values[i + lane] * values[i + lane];
            }
        float dot = 0.0f, norm = 0.0f;
        for (; i < d; ++i) {
            dot += values[i] * query[i];
            norm += values[i] * values[i];
        }
        for (std::size_t lane = 0; lane < kLanes; ++lane) {
            dot += dots[lane];
            norm += norms[lane];
        }
        const float score = norm > 0.0f ? dot * queryScale / std::sqrt(norm) : 0.0f;
        if (score < threshold)
            continue;
        const auto tie = tieRanks.empty() ? static_cast<std::uint32_t>(~row) : tieRanks[row];
        best.push_back({score, tie, static_cast<std::int32_t>(row)});
        if (best.size() == 2 * k) {
            std::nth_element(best.begin(), best.begin() + static_cast<long>(k - 1), best.end(), better);
            best.resize(k);
            threshold = best.back().score;
        }
    }
    return best;
}

} // namespace

std::vector<RankedDoc> rankAtDim(const EmbeddingMatrix& corpus, std::span<const float> query, int dim,
                                 std::size_t k, std::span<const std::uint32_t> tieRanks)
{
    dim = std::clamp(dim, 1, static_cast<int>(std::min(corpus.dim(), query.size())));
    float queryNorm = 0.0f;
    for (int i = 0; i < dim; ++i)
        queryNorm += query[static_cast<std::size_t>(i)] * query[static_cast<std::size_t>(i)];
    const float queryScale = queryNorm > 0.0f ? 1.0f / std::sqrt(queryNorm) : 0.0f;
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 16);
    const std::size_t rows = corpus.rows();
    const std::size_t chunk = (rows + threads - 1) / threads;
    std::vector<std::future<std::vector<Scored>>> parts;
    for (std::size_t first = 0; first < rows; first += chunk)
        parts.push_back(std::async(std::launch::async, scanRows, std::cref(corpus), query.data(), queryScale,
                                   dim, k, first, std::min(rows, first + chunk), tieRanks));
    std::vector<Scored> all;
    for (auto& part : parts) {
        auto best = part.get();
        all.insert(all.end(), best.begin(), best.end());
    }
    const std::size_t n = std::min(k, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<long>(n), all.end(), better);
    std::vector<RankedDoc> ranked;
    for (std::size_t i = 0; i < n; ++i)
        ranked.push_back({all[i].row, all[i].score});
    return ranked;
}

} // namespace near2::jobs
