// The sweep with and without the SIMD head kernel (head_scan.h), against per-dim FAISS searches, on shapes
// that stress its edges: stops that are not multiples of 8, tiles and query blocks with partial ends, more
// leading dims than the kernel takes, and a catalog split between workers.
#include "core/search/faiss_per_dim.h"
#include "core/search/head_scan.h"
#include "core/search/sweep.h"
#include "tests/core/compute/test_sweep_support.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

void expectHeadAndBlasEqualFaiss(std::size_t products, std::size_t queryCount, SweepOptions options)
{
    const auto corpus = randomMatrix(products, 100, 11);
    const auto queries = randomMatrix(queryCount, 100, 12);
    const auto ties = identityTieRanks(corpus.rows());
    const auto faiss = searchPerDimWithFaiss(queries, corpus, ties, options);
    options.headKernel = true;
    expectSameRankings(sweepTopK(queries, corpus, ties, options), faiss);
    options.headKernel = false;
    expectSameRankings(sweepTopK(queries, corpus, ties, options), faiss);
}

} // namespace

TEST(SweepHead, OddStopsPartialTilesAndBlocksEqualFaiss)
{
    SweepOptions options;
    options.dims = {3, 8, 20, 40, 64, 72, 100};
    options.k = 30;
    options.queryBlock = 13; // head blocks of 8 queries with a partial last one
    options.docTile = 250;   // rounded up to a kernel step; the last tile is partial
    expectHeadAndBlasEqualFaiss(2999, 37, options);
}

TEST(SweepHead, MoreLeadingDimsThanTheKernelTakesEqualFaiss)
{
    SweepOptions options;
    for (int d = 1; d <= 12; ++d)
        options.dims.push_back(d);
    options.dims.push_back(64);
    options.dims.push_back(100);
    ASSERT_GT(options.dims.size(), kHeadMaxStops + 1);
    options.k = 10;
    expectHeadAndBlasEqualFaiss(1500, 20, options);
}

TEST(SweepHead, OnlyHeadDimsAndFewQueriesEqualFaiss)
{
    SweepOptions options;
    options.dims = {16, 33}; // no dim beyond the head: the kernel's dot products are not needed
    options.k = 25;
    options.docTile = 96;
    expectHeadAndBlasEqualFaiss(1001, 3, options); // few queries: the catalog is split between workers
}
