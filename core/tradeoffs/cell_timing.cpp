#include "core/tradeoffs/cell_timing.h"

#include "core/compute/runtime.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace near2 {

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Restores the process's thread setting when timing is done (or cancelled).
class ThreadSetting
{
public:
    explicit ThreadSetting(int threads) : m_previous(compute::configuredThreads())
    {
        compute::configureThreads(threads);
    }
    ~ThreadSetting() { compute::configureThreads(m_previous); }
    ThreadSetting(const ThreadSetting&) = delete;
    ThreadSetting& operator=(const ThreadSetting&) = delete;

private:
    int m_previous;
};

} // namespace

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

CellTiming timeSearcher(const CellSearcher& searcher, const EmbeddingMatrix& queries, std::size_t k,
                        std::size_t latencyQueries, int batchThreads, const JobControl& job)
{
    CellTiming timing;
    const std::size_t count = queries.rows();
    timing.scores.resize(count * k);
    timing.labels.resize(count * k);
    {
        ThreadSetting single(1);
        const std::size_t timed = std::min(latencyQueries, count);
        std::vector<double> milliseconds;
        milliseconds.reserve(timed);
        if (timed > 0) // warm-up: first-touch of buffers and lazily built tables
            searcher.search(queries.row(0).data(), 1, queries.dim(), k, timing.scores.data(),
                            timing.labels.data());
        for (std::size_t q = 0; q < timed; ++q) {
            if (q % 16 == 0)
                job.checkCancelled();
            const auto start = std::chrono::steady_clock::now();
            searcher.search(queries.row(q).data(), 1, queries.dim(), k, timing.scores.data() + q * k,
                            timing.labels.data() + q * k);
            milliseconds.push_back(secondsSince(start) * 1e3);
        }
        timing.latencyP50Ms = percentile(milliseconds, 0.50);
        timing.latencyP95Ms = percentile(milliseconds, 0.95);
    }
    job.checkCancelled();
    ThreadSetting batch(batchThreads);
    const auto start = std::chrono::steady_clock::now();
    if (count > 0)
        searcher.search(queries.data(), count, queries.dim(), k, timing.scores.data(), timing.labels.data());
    const double seconds = secondsSince(start);
    timing.queriesPerSecond = seconds > 0 ? static_cast<double>(count) / seconds : 0;
    return timing;
}

} // namespace near2
