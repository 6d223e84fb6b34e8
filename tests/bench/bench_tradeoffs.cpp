// Trade-off benchmark: the time to fill the flat grid (8 nested dims × fp32/fp16/int8/binary) on a random
// catalog, and single-query flat latency per dim with the memory bandwidth it implies (bytes per vector ×
// catalog ÷ latency), for three layouts: a contiguous per-dim copy (FAISS IndexFlatIP, what the grid uses),
// prefixes of full-width rows (every row's cache lines dragged), and nested blocks (one store for all dims).
// Usage: bench_tradeoffs [products=100000] [dim=768] [queries=100] [latency queries=20] [threads=0]
#include "core/compute/runtime.h"
#include "core/eval/dims.h"
#include "core/search/faiss_per_dim.h"
#include "core/tradeoffs/cell_timing.h"
#include "core/tradeoffs/nested_block_catalog.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/tradeoff_run.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <faiss/IndexFlat.h>
#include <faiss/utils/distances.h>
#include <numeric>
#include <random>

using namespace near2;

namespace {

EmbeddingMatrix randomMatrix(std::size_t rows, std::size_t dim, unsigned seed)
{
    std::vector<float> values(rows * dim);
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    for (auto& v : values)
        v = normal(generator);
    return EmbeddingMatrix(std::move(values), rows, dim);
}

// Every query searchable, none judged: the metrics are zero, the timings real.
EvaluationPlan syntheticPlan(std::size_t queries, std::size_t products)
{
    EvaluationPlan plan;
    for (std::size_t q = 0; q < queries; ++q) {
        plan.queryIds.push_back("q" + std::to_string(q));
        plan.queryRows.push_back(static_cast<long>(q));
    }
    plan.judgements.resize(queries);
    plan.docGains.resize(queries);
    plan.tieRanks.resize(products);
    std::iota(plan.tieRanks.begin(), plan.tieRanks.end(), 0u);
    return plan;
}

template <typename F> double medianMs(std::size_t repeats, F&& once)
{
    std::vector<double> ms;
    for (std::size_t i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        once(i);
        ms.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() * 1e3);
    }
    return percentile(ms, 0.5);
}

double gbPerSecond(double bytes, double ms)
{
    return bytes / (ms * 1e-3) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t products = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
    const std::size_t dim = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 768;
    const std::size_t queryCount = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 100;
    const std::size_t latencyQueries = argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 20;
    compute::configureThreads(argc > 5 ? std::atoi(argv[5]) : 0);
    const auto corpus = randomMatrix(products, dim, 1);
    const auto queries = randomMatrix(queryCount, dim, 2);
    const auto dims = defaultDims(dim);
    const auto plan = syntheticPlan(queryCount, products);

    TradeoffOptions options;
    options.dims = dims;
    options.precisions = {Precision::Fp32, Precision::Fp16, Precision::Int8, Precision::Binary};
    options.latencyQueries = latencyQueries;
    TradeoffCache cache;
    const auto start = std::chrono::steady_clock::now();
    const auto report = runTradeoffGrid(plan, queries, corpus, options, cache);
    const double gridSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "flat grid: %zu dims x 4 precisions on %zu x %zu, %zu queries (%zu timed singly), %d threads: "
        "%.1f s\n",
        dims.size(), products, dim, queryCount, latencyQueries, compute::configuredThreads(), gridSeconds);
    std::printf("%5s %-8s %9s %10s %10s %10s %9s %9s\n", "dim", "prec", "bytes/vec", "build s", "p50 ms",
                "p95 ms", "GB/s@p50", "batch q/s");
    for (const auto& cell : report.cells)
        std::printf("%5d %-8s %9.1f %10.3f %10.3f %10.3f %9.1f %9.0f\n", cell.spec.dim,
                    precisionName(cell.spec.precision), cell.bytesPerVector, cell.buildSeconds,
                    cell.latencyP50Ms, cell.latencyP95Ms,
                    gbPerSecond(cell.bytesPerVector * static_cast<double>(products), cell.latencyP50Ms),
                    cell.queriesPerSecond);

    // Single-query fp32 flat latency per dim, one thread, three layouts.
    compute::configureThreads(1);
    const NestedBlockCatalog nested(corpus, dims);
    const std::size_t k = 10;
    std::vector<float> scores(products), top(k);
    std::vector<std::int64_t> labels(k);
    std::printf("\nsingle-query fp32 flat, 1 thread, median of %zu (GB/s = 4*dim*products / latency)\n",
                latencyQueries);
    std::printf("%5s %12s %8s %14s %8s %14s %8s\n", "dim", "copy ms", "GB/s", "full-rows ms", "GB/s",
                "nested ms", "GB/s");
    for (const int d : dims) {
        const auto copy = truncateAndNormalize(corpus, d);
        faiss::IndexFlatIP flat(d);
        flat.add(static_cast<faiss::Index::idx_t>(products), copy.data());
        const auto needles = truncateAndNormalize(queries, d);
        const double copyMs = medianMs(latencyQueries, [&](std::size_t q) {
            flat.search(1, needles.data() + (q % queryCount) * static_cast<std::size_t>(d), k, top.data(),
                        labels.data());
        });
        const double rowsMs = medianMs(latencyQueries, [&](std::size_t q) {
            const float* query = queries.row(q % queryCount).data();
            for (std::size_t r = 0; r < products; ++r)
                scores[r] =
                    faiss::fvec_inner_product(query, corpus.row(r).data(), static_cast<std::size_t>(d));
            selectTopK(scores.data(), products, k, top.data(), labels.data());
        });
        const double nestedMs = medianMs(latencyQueries, [&](std::size_t q) {
            nested.search(queries.row(q % queryCount).data(), d, k, top.data(), labels.data());
        });
        const double bytes = 4.0 * d * static_cast<double>(products);
        std::printf("%5d %12.3f %8.1f %14.3f %8.1f %14.3f %8.1f\n", d, copyMs, gbPerSecond(bytes, copyMs),
                    rowsMs, gbPerSecond(bytes, rowsMs), nestedMs, gbPerSecond(bytes, nestedMs));
    }
    std::printf(
        "memory: per-dim copies %.0f MB, full rows %.0f MB, nested blocks %.0f MB\n",
        [&] {
            double total = 0;
            for (const int d : dims)
                total += 4.0 * d * static_cast<double>(products);
            return total / 1e6;
        }(),
        4.0 * static_cast<double>(dim * products) / 1e6, static_cast<double>(nested.memoryBytes()) / 1e6);
    return 0;
}
