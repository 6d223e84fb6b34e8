#include "core/search/faiss_per_dim.h"
#include "core/search/sweep.h"
#include "core/util/error.h"
#include "tests/core/compute/test_sweep_support.h"

#include <gtest/gtest.h>

using namespace near2;

class SweepEngines : public FusedEngines
{
};
NEAR2_FOR_EACH_FUSED_ENGINE(SweepEngines);

TEST_P(SweepEngines, EqualsPerDimFaissFlatSearch)
{
    const auto corpus = randomMatrix(3000, 96, 1);
    const auto queries = randomMatrix(70, 96, 2);
    const auto ties = identityTieRanks(corpus.rows());
    SweepOptions options = engineOptions();
    options.dims = {8, 16, 32, 64, 96};
    options.k = 50;
    options.queryBlock = 32; // several blocks, a partial last one
    options.docTile = 256;   // several tiles per worker, a partial last one
    const auto sweep = sweepTopK(queries, corpus, ties, options);
    const auto faiss = searchPerDimWithFaiss(queries, corpus, ties, options);
    expectSameRankings(sweep, faiss);
}

TEST(Sweep, TorchEngineEqualsFusedEngine)
{
    SweepOptions options;
    options.dims = {4, 16, 64};
    options.k = 20;
    expectTorchEngineRanksAsTheCpu(randomMatrix(40, 64, 4), randomMatrix(2000, 64, 3), options, "cpu");
}

TEST_P(SweepEngines, ScoresAreCosinesOfThePrefix)
{
    // q = (1, 0 | 1), c0 = (1, 0 | -1), c1 = (0, 1 | 0): at dim 2, c0 is a perfect match; at dim 3 it is not.
    const EmbeddingMatrix queries({1, 0, 1}, 1, 3);
    const EmbeddingMatrix corpus({1, 0, -1, 0, 1, 0}, 2, 3);
    const auto ties = identityTieRanks(2);
    SweepOptions options = engineOptions();
    options.dims = {2, 3};
    options.k = 2;
    const auto result = sweepTopK(queries, corpus, ties, options);
    EXPECT_EQ(result.perDim[0].docs[0], 0);
    EXPECT_FLOAT_EQ(result.perDim[0].scores[0], 1.0f);
    EXPECT_EQ(result.perDim[1].docs[0], 1); // cos(c1) = 0 > cos(c0) = 0
    EXPECT_NEAR(result.perDim[1].scores[1], 0.0f, 1e-6);
}

TEST_P(SweepEngines, TiesGoToTheHigherTieRank)
{
    const EmbeddingMatrix queries({1, 0}, 1, 2);
    const EmbeddingMatrix corpus({1, 0, 1, 0, 1, 0}, 3, 2);
    const std::vector<std::uint32_t> ties{2, 0, 1}; // doc 0 has the largest id
    SweepOptions options = engineOptions();
    options.dims = {2};
    options.k = 3;
    const auto result = sweepTopK(queries, corpus, ties, options);
    EXPECT_EQ(std::vector<std::int32_t>(result.perDim[0].docs.begin(), result.perDim[0].docs.end()),
              (std::vector<std::int32_t>{0, 2, 1}));
}

// 600 copies of one vector over many tiles: every score ties the admission threshold once k are in, and the
// later copies (higher tie ranks) must still displace the earlier ones.
TEST_P(SweepEngines, EqualScoresKeepTheHighestTieRanksAcrossTiles)
{
    std::vector<float> values;
    for (int copy = 0; copy < 600; ++copy)
        values.insert(values.end(), {0.6f, 0.8f, 0.0f});
    const EmbeddingMatrix corpus(std::move(values), 600, 3);
    const EmbeddingMatrix queries({0.0f, 1.0f, 0.0f}, 1, 3);
    SweepOptions options = engineOptions();
    options.dims = {1, 3};
    options.k = 5;
    options.docTile = 64;
    const auto result = sweepTopK(queries, corpus, identityTieRanks(600), options);
    for (const auto& lists : result.perDim)
        EXPECT_EQ(std::vector<std::int32_t>(lists.docs.begin(), lists.docs.end()),
                  (std::vector<std::int32_t>{599, 598, 597, 596, 595}));
}

// A k beyond the catalog ranks it whole: the lists hold every product, not k slots (k = 10^9 on 200 products
// once allocated 23 GB).
TEST_P(SweepEngines, CapsTheListsAtTheCatalogSize)
{
    const auto corpus = randomMatrix(3, 8, 5);
    const auto queries = randomMatrix(2, 8, 6);
    SweepOptions options = engineOptions();
    options.dims = {8};
    options.k = 1'000'000'000;
    const auto result = sweepTopK(queries, corpus, identityTieRanks(3), options);
    ASSERT_EQ(result.perDim[0].k, 3u);
    ASSERT_EQ(result.perDim[0].docs.size(), 6u);
    for (const auto doc : result.perDim[0].docs)
        EXPECT_GE(doc, 0);
}

TEST(Sweep, DefaultEngineKeepsRegistersForEnoughQueries)
{
    EXPECT_EQ(cpuEngineFor(1000, 2, true), SweepEngine::FusedRegisters);
    EXPECT_EQ(cpuEngineFor(24, 2, true), SweepEngine::FusedRegisters);
    EXPECT_EQ(cpuEngineFor(23, 2, true),
              SweepEngine::FusedProducts); // a worker would idle: split the catalog
    EXPECT_EQ(cpuEngineFor(100, 16, true), SweepEngine::FusedProducts);
    EXPECT_EQ(cpuEngineFor(1000, 2, false), SweepEngine::FusedProducts);
}

TEST(Sweep, RejectsDimsBeyondTheFullDimension)
{
    const auto corpus = randomMatrix(10, 8, 7);
    SweepOptions options;
    options.dims = {4, 16};
    EXPECT_THROW(sweepTopK(corpus, corpus, identityTieRanks(10), options), InputError);
}

TEST_P(SweepEngines, StopsWhenCancelled)
{
    const auto corpus = randomMatrix(5000, 16, 8);
    CancelToken token;
    token.cancel();
    JobControl job;
    job.cancel = &token;
    SweepOptions options = engineOptions();
    options.dims = {16};
    options.docTile = 64;
    EXPECT_THROW(sweepTopK(corpus, corpus, identityTieRanks(5000), options, job), CancelledError);
}
