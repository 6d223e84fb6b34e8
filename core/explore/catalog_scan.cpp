#include "core/explore/catalog_scan.h"

#include "core/explore/prefix_math.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace near2::explore {

namespace {

constexpr std::size_t kRowsPerThread = 4096; // below this a thread costs more than it saves
constexpr std::size_t kCancelCheckRows = 1024;

struct Partial
{
    std::vector<std::size_t> above; // [target * dims + dim]: rows ranking above the target
    std::vector<std::int32_t> bestRow;
    std::vector<double> bestScore;
};

std::uint32_t tieKey(std::span<const std::uint32_t> tieRanks, std::int32_t row)
{
    const auto r = static_cast<std::uint32_t>(row);
    return tieRanks.empty() ? ~r : tieRanks[r];
}

void checkInputs(const ExactCatalog& catalog, std::span<const int> dims)
{
    if (!catalog.available())
        throw std::invalid_argument("exact scores need the catalog embeddings and the query's");
    if (catalog.query.size() != catalog.corpus->dim())
        throw std::invalid_argument("the query's dim differs from the catalog's");
    checkDims(dims, catalog.corpus->dim(), "exact scores");
}

} // namespace

std::vector<double> ExactCatalog::scores(std::int32_t row, std::span<const int> dims) const
{
    checkInputs(*this, dims);
    std::vector<double> dots(dims.size()), norms(dims.size()), queryNorms(dims.size());
    const float* x = corpus->row(static_cast<std::size_t>(row)).data();
    prefixDots(query.data(), query.data(), dims, queryNorms.data());
    prefixDots(x, query.data(), dims, dots.data());
    prefixDots(x, x, dims, norms.data());
    for (std::size_t i = 0; i < dims.size(); ++i)
        dots[i] = cosineOf(dots[i], queryNorms[i], norms[i]);
    return dots;
}

bool ExactCatalog::ranksAbove(std::int32_t a, double scoreA, std::int32_t b, double scoreB) const
{
    return scoreA > scoreB || (scoreA == scoreB && tieKey(tieRanks, a) > tieKey(tieRanks, b));
}

CatalogScan scanCatalog(const ExactCatalog& catalog, std::span<const int> dims,
                        std::span<const std::int32_t> targets,
                        const std::unordered_set<std::int32_t>& excluded, const JobControl& job)
{
    checkInputs(catalog, dims);
    const std::size_t dimCount = dims.size(), targetCount = targets.size();
    const EmbeddingMatrix& corpus = *catalog.corpus;
    CatalogScan scan;
    scan.dims.assign(dims.begin(), dims.end());
    for (const auto target : targets)
        scan.targetScores.push_back(catalog.scores(target, dims));
    std::vector<double> queryNorms(dimCount);
    prefixDots(catalog.query.data(), catalog.query.data(), dims, queryNorms.data());
    std::vector<char> isExcluded(corpus.rows(), 0);
    for (const auto row : excluded)
        if (row >= 0 && static_cast<std::size_t>(row) < corpus.rows())
            isExcluded[static_cast<std::size_t>(row)] = 1;

    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::clamp<std::size_t>(corpus.rows() / kRowsPerThread, 1,
                                                        catalog.threads ? catalog.threads : hardware);
    std::vector<Partial> partials(threads);
    std::atomic<bool> stopped{false};
    auto work = [&](std::size_t part) {
        Partial& partial = partials[part];
        partial.above.assign(targetCount * dimCount, 0);
        partial.bestRow.assign(dimCount, -1);
        partial.bestScore.assign(dimCount, 0.0);
        std::vector<double> dots(dimCount), norms(dimCount);
        const std::size_t first = corpus.rows() * part / threads, last = corpus.rows() * (part + 1) / threads;
        for (std::size_t r = first; r < last; ++r) {
            if ((r - first) % kCancelCheckRows == 0 && job.cancel && job.cancel->isCancelled()) {
                stopped = true;
                return;
            }
            const auto row = static_cast<std::int32_t>(r);
            const float* x = corpus.row(r).data();
            prefixDots(x, catalog.query.data(), dims, dots.data());
            prefixDots(x, x, dims, norms.data());
            for (std::size_t d = 0; d < dimCount; ++d) {
                const double score = cosineOf(dots[d], queryNorms[d], norms[d]);
                for (std::size_t t = 0; t < targetCount; ++t)
                    if (row != targets[t] &&
                        catalog.ranksAbove(row, score, targets[t], scan.targetScores[t][d]))
                        ++partial.above[t * dimCount + d];
                if (!isExcluded[r] &&
                    (partial.bestRow[d] < 0 ||
                     catalog.ranksAbove(row, score, partial.bestRow[d], partial.bestScore[d]))) {
                    partial.bestRow[d] = row;
                    partial.bestScore[d] = score;
                }
            }
        }
    };
    std::vector<std::jthread> workers;
    for (std::size_t part = 1; part < threads; ++part)
        workers.emplace_back(work, part);
    work(0);
    workers.clear();
    if (stopped)
        job.checkCancelled();

    scan.targetRanks.assign(targetCount, std::vector<std::size_t>(dimCount, 1));
    scan.bestOtherRow.assign(dimCount, -1);
    scan.bestOtherScore.assign(dimCount, 0.0);
    for (const Partial& partial : partials)
        for (std::size_t d = 0; d < dimCount; ++d) {
            for (std::size_t t = 0; t < targetCount; ++t)
                scan.targetRanks[t][d] += partial.above[t * dimCount + d];
            const auto row = partial.bestRow[d];
            if (row >= 0 && (scan.bestOtherRow[d] < 0 ||
                             catalog.ranksAbove(row, partial.bestScore[d], scan.bestOtherRow[d],
                                                scan.bestOtherScore[d]))) {
                scan.bestOtherRow[d] = row;
                scan.bestOtherScore[d] = partial.bestScore[d];
            }
        }
    return scan;
}

} // namespace near2::explore
