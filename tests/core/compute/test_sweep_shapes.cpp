// The sweep against per-dim FAISS searches on shapes that stress its edges: dims that are not multiples of 8,
// tiles and query blocks with partial ends, many small leading dims, and a catalog split between workers.
#include "core/search/faiss_per_dim.h"
#include "core/search/sweep.h"
#include "tests/core/compute/test_sweep_support.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

void expectSweepEqualsFaiss(std::size_t products, std::size_t queryCount, SweepOptions options)
{
    const auto corpus = randomMatrix(products, 100, 11);
    const auto queries = randomMatrix(queryCount, 100, 12);
    const auto ties = identityTieRanks(corpus.rows());
    expectSameRankings(sweepTopK(queries, corpus, ties, options),
                       searchPerDimWithFaiss(queries, corpus, ties, options));
}

} // namespace

TEST(SweepShapes, OddDimsPartialTilesAndBlocksEqualFaiss)
{
    SweepOptions options;
    options.dims = {3, 8, 20, 40, 64, 72, 100};
    options.k = 30;
    options.queryBlock = 13; // several blocks, a partial last one
    options.docTile = 250;   // the last tile is partial
    expectSweepEqualsFaiss(2999, 37, options);
}

TEST(SweepShapes, ManySmallLeadingDimsEqualFaiss)
{
    SweepOptions options;
    for (int d = 1; d <= 12; ++d)
        options.dims.push_back(d);
    options.dims.push_back(64);
    options.dims.push_back(100);
    options.k = 10;
    expectSweepEqualsFaiss(1500, 20, options);
}

TEST(SweepShapes, FewQueriesEqualFaiss)
{
    SweepOptions options;
    options.dims = {16, 33};
    options.k = 25;
    options.docTile = 96;
    expectSweepEqualsFaiss(1001, 3, options); // few queries: the catalog is split between workers
}
