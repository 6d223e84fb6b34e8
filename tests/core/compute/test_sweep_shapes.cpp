// The sweep against per-dim FAISS searches on shapes that stress its edges: dims that are not multiples of 8,
// tiles and query blocks with partial ends, many small leading dims, and a catalog split between workers.
#include "core/compute/runtime.h"
#include "core/search/faiss_per_dim.h"
#include "core/search/sweep.h"
#include "tests/core/compute/test_sweep_support.h"

#include <gtest/gtest.h>

using namespace near2;

class SweepShapes : public FusedEngines
{
};
NEAR2_FOR_EACH_FUSED_ENGINE(SweepShapes);

namespace {

void expectSweepEqualsFaiss(std::size_t products, std::size_t queryCount, SweepOptions options)
{
    const auto corpus = randomMatrix(products, 100, 11);
    const auto queries = randomMatrix(queryCount, 100, 12);
    const auto ties = identityTieRanks(corpus.rows());
    expectSameRankings(sweepTopK(queries, corpus, ties, options),
                       searchPerDimWithFaiss(queries, corpus, ties, options));
}

// The same sweep with one worker and with six (the catalog split, or smaller blocks), compared exactly.
SweepResult expectSixWorkersRankAsOne(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                                      const SweepOptions& options)
{
    const auto ties = identityTieRanks(corpus.rows());
    const int threads = compute::configuredThreads();
    compute::configureThreads(1);
    const auto oneWorker = sweepTopK(queries, corpus, ties, options);
    compute::configureThreads(6);
    auto sixWorkers = sweepTopK(queries, corpus, ties, options);
    compute::configureThreads(threads);
    for (std::size_t i = 0; i < options.dims.size(); ++i) {
        EXPECT_EQ(sixWorkers.perDim[i].docs, oneWorker.perDim[i].docs) << "dim " << options.dims[i];
        EXPECT_EQ(sixWorkers.perDim[i].scores, oneWorker.perDim[i].scores) << "dim " << options.dims[i];
    }
    return sixWorkers;
}

} // namespace

TEST_P(SweepShapes, OddDimsPartialTilesAndBlocksEqualFaiss)
{
    SweepOptions options = engineOptions();
    options.dims = {3, 8, 20, 40, 64, 72, 100};
    options.k = 30;
    options.queryBlock = 13; // several blocks, a partial last one
    options.docTile = 250;   // the last tile is partial
    expectSweepEqualsFaiss(2999, 37, options);
}

TEST_P(SweepShapes, ManySmallLeadingDimsEqualFaiss)
{
    SweepOptions options = engineOptions();
    for (int d = 1; d <= 12; ++d)
        options.dims.push_back(d);
    options.dims.push_back(64);
    options.dims.push_back(100);
    options.k = 10;
    expectSweepEqualsFaiss(1500, 20, options);
}

TEST_P(SweepShapes, DimsBelowTheFullDimensionEqualFaiss)
{
    SweepOptions options = engineOptions();
    options.dims = {5, 37}; // of 100: the register engine packs 37 dimensions only
    options.k = 15;
    expectSweepEqualsFaiss(700, 30, options);
}

TEST_P(SweepShapes, FewQueriesEqualFaiss)
{
    SweepOptions options = engineOptions();
    options.dims = {16, 33};
    options.k = 25;
    options.docTile = 96;
    expectSweepEqualsFaiss(1001, 3, options); // few queries: the catalog is split between workers
}

// Six workers share three queries' catalog: each worker's k-th best score becomes a floor for the others.
// Every vector appears three times, so the floors land on exact ties, which must still go to the higher tie
// rank exactly as with one worker.
TEST_P(SweepShapes, CatalogSplitSixWaysSharesFloorsAndKeepsTies)
{
    const auto distinct = randomMatrix(1200, 48, 13);
    std::vector<float> values;
    for (int copy = 0; copy < 3; ++copy)
        values.insert(values.end(), distinct.data(), distinct.data() + distinct.rows() * distinct.dim());
    const EmbeddingMatrix corpus(std::move(values), 3 * distinct.rows(), distinct.dim());
    const auto queries = randomMatrix(3, 48, 14);
    SweepOptions options = engineOptions();
    options.dims = {8, 24, 48};
    options.k = 40;
    options.docTile = 64; // many tiles per worker: floors are exchanged while the workers scan
    const auto sixWorkers = expectSixWorkersRankAsOne(queries, corpus, options);
    const auto ties = identityTieRanks(corpus.rows());
    expectSameRankings(sixWorkers, searchPerDimWithFaiss(queries, corpus, ties, options));
}

// Six workers and 700 queries: blocks shrink from 256 to 128 queries so that every worker scans whole blocks;
// the rankings are those of one worker with 256-query blocks.
TEST_P(SweepShapes, SmallerBlocksForManyWorkersKeepTheRankings)
{
    const auto corpus = randomMatrix(2000, 32, 15);
    const auto queries = randomMatrix(700, 32, 16);
    SweepOptions options = engineOptions();
    options.dims = {8, 32};
    options.k = 20;
    expectSixWorkersRankAsOne(queries, corpus, options);
}
