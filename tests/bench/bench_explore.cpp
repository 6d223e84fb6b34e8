// The failure explorer's speed on 100,000 products × 768 dims (issue 17): what must fit the slider's 50 ms
// budget (the 2-D map at each nested dim, the segment comparison, the displacement) and what runs as a job
// (rank by dim when relevant products lie below the stored top 100: one exact scan; product search).
// Prints medians in ms. Usage: bench_explore [products] [dim]
#include "core/explore/displacement.h"
#include "core/explore/product_search.h"
#include "core/explore/query_map.h"
#include "core/explore/rank_by_dim.h"
#include "core/explore/segment_scores.h"
#include "core/search/nested_layout.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

using namespace near2;
using namespace near2::explore;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Median wall and process-CPU time of `repeats` runs, in ms. On the shared machine the CPU time of
// single-threaded work is the steadier figure (the wall time counts the time other processes hold the cores).
struct Timing
{
    double wall = 0.0, cpu = 0.0;
};

template <class Work> Timing medianMs(int repeats, const Work& work)
{
    std::vector<double> walls, cpus;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = cpuSeconds();
        work();
        cpus.push_back((cpuSeconds() - cpuStart) * 1e3);
        walls.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

EmbeddingMatrix randomCatalog(std::size_t rows, std::size_t dim, std::mt19937& generator)
{
    std::normal_distribution<float> normal;
    std::vector<float> values(rows * dim);
    for (auto& value : values)
        value = normal(generator);
    return EmbeddingMatrix(std::move(values), rows, dim);
}

ListedRanking listingOf(const NestedLayout& layout, std::span<const float> query, int dim, std::size_t depth)
{
    ListedRanking listing{dim, {}, {}};
    for (const auto& candidate : layout.topK(query, dim, depth))
        listing.rows.push_back(candidate.doc), listing.scores.push_back(candidate.score);
    return listing;
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t rows = argc > 1 ? std::stoul(argv[1]) : 100000;
    const std::size_t dim = argc > 2 ? std::stoul(argv[2]) : 768;
    std::mt19937 generator(17);
    const auto corpus = randomCatalog(rows, dim, generator);
    const auto queries = randomCatalog(101, dim, generator); // the query and a slice of 100 for the layer
    const auto query = queries.row(0);
    std::vector<int> dims;
    for (std::size_t d = 8; d < dim; d *= 2)
        dims.push_back(static_cast<int>(d));
    dims.push_back(static_cast<int>(dim));
    const NestedLayout layout(corpus, dims);
    std::vector<ListedRanking> listings;
    for (const int d : dims)
        listings.push_back(listingOf(layout, query, d, 100)); // a stored run's depth
    const ListedRanking& reference = listings.back();
    // Relevant: 3 products of the full-dim top 10 and 3 from far below every stored list.
    QueryLabels labels;
    for (std::size_t r : {0u, 4u, 9u})
        labels.judged.push_back({reference.rows[r], "E", 1.0});
    for (std::int32_t row : {123, 4567, 89012})
        if (static_cast<std::size_t>(row) < rows)
            labels.judged.push_back({row, "E", 1.0});
    std::vector<std::span<const float>> layer;
    for (std::size_t q = 1; q < queries.rows(); ++q)
        layer.push_back(queries.row(q));

    std::printf(
        "explorer on %zu products × %zu dims (one query, k = 10, stored depth 100); ms as wall / CPU\n", rows,
        dim);
    std::printf("%6s %16s %22s %16s %16s\n", "dim", "map", "map + 100-query layer", "segments", "displaced");
    const auto cell = [](Timing t) {
        return std::to_string(t.wall).substr(0, 6) + " / " + std::to_string(t.cpu).substr(0, 6);
    };
    for (std::size_t d = 0; d < dims.size(); ++d) {
        QueryMapRequest request{&corpus, query, dims[d], 10, &listings[d], &reference, &labels, {}};
        const auto map = medianMs(21, [&] { buildQueryMap(request); });
        request.layer = layer;
        const auto withLayer = medianMs(21, [&] { buildQueryMap(request); });
        const auto relevantRow = static_cast<std::size_t>(labels.judged.back().row);
        const auto otherRow = static_cast<std::size_t>(listings[d].rows[0]);
        const auto segments = medianMs(
            101, [&] { compareBySegment(query, corpus.row(relevantRow), corpus.row(otherRow), dims); });
        const ExactCatalog exact{&corpus, query, {}, 0};
        const auto displaced =
            medianMs(21, [&] { findDisplacements(labels, listings[d], reference, 10, exact); });
        std::printf("%6d %16s %22s %16s %16s\n", dims[d], cell(map).c_str(), cell(withLayer).c_str(),
                    cell(segments).c_str(), cell(displaced).c_str());
    }

    const auto listedOnly = medianMs(5, [&] { rankByDim(labels, listings, dims, 10, ExactCatalog{}); });
    std::printf("rank by dim from the stored lists alone (no embeddings): %s ms\n", cell(listedOnly).c_str());
    for (const unsigned threads : {1u, 2u}) {
        const ExactCatalog exact{&corpus, query, {}, threads};
        const auto scanned = medianMs(5, [&] { rankByDim(labels, listings, dims, 10, exact); });
        std::printf(
            "rank by dim, exact (relevant products below the stored lists: one scan at up to %zu dims), "
            "%u thread(s): %s ms\n",
            dims.size(), threads, cell(scanned).c_str());
    }

    std::vector<Record> catalog;
    for (std::size_t row = 0; row < rows; ++row)
        catalog.push_back({"p" + std::to_string(row),
                           "Acme Product " + std::to_string(row % 977) + " Steel Kettle",
                           "",
                           {}});
    ProductFinder finder;
    const auto build = medianMs(3, [&] { finder = ProductFinder::ofCatalog(catalog); });
    const ExactCatalog exact{&corpus, query, {}, 1};
    const auto search =
        medianMs(5, [&] { searchProducts(finder, "product 976 kettle", listings[0], reference, exact); });
    std::printf("product search: index of %zu titles %s ms (once per project); a search with 20 hits ranked "
                "exactly at dims %d and %d, 1 thread: %s ms\n",
                rows, cell(build).c_str(), listings[0].dim, reference.dim, cell(search).c_str());
    return 0;
}
