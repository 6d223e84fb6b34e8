#include "core/search/faiss_per_dim.h"
#include "core/search/sweep.h"
#include "core/util/error.h"

#include <gtest/gtest.h>
#include <numeric>
#include <random>

using namespace near2;

namespace {

EmbeddingMatrix randomMatrix(std::size_t rows, std::size_t dim, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    std::vector<float> values(rows * dim);
    for (auto& v : values)
        v = normal(generator);
    return EmbeddingMatrix(std::move(values), rows, dim);
}

std::vector<std::uint32_t> identityTieRanks(std::size_t n)
{
    std::vector<std::uint32_t> ranks(n);
    std::iota(ranks.begin(), ranks.end(), 0u);
    return ranks;
}

// Rankings agree when they hold the same documents in the same order, except that documents whose scores
// differ by less than float rounding (1e-5) may swap.
void expectSameRankings(const SweepResult& a, const SweepResult& b)
{
    ASSERT_EQ(a.dims, b.dims);
    for (std::size_t i = 0; i < a.dims.size(); ++i) {
        const auto& x = a.perDim[i];
        const auto& y = b.perDim[i];
        ASSERT_EQ(x.queries, y.queries);
        for (std::size_t q = 0; q < x.queries; ++q) {
            for (std::size_t r = 0; r < x.k; ++r) {
                const auto at = q * x.k + r;
                EXPECT_NEAR(x.scores[at], y.scores[at], 1e-5)
                    << "dim " << a.dims[i] << " query " << q << " rank " << r;
                if (x.docs[at] != y.docs[at]) {
                    EXPECT_NEAR(x.scores[at], y.scores[at], 1e-5) << "different documents at a non-tie";
                }
            }
        }
    }
}

} // namespace

TEST(Sweep, EqualsPerDimFaissFlatSearch)
{
    const auto corpus = randomMatrix(3000, 96, 1);
    const auto queries = randomMatrix(70, 96, 2);
    const auto ties = identityTieRanks(corpus.rows());
    SweepOptions options;
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
    const auto corpus = randomMatrix(2000, 64, 3);
    const auto queries = randomMatrix(40, 64, 4);
    const auto ties = identityTieRanks(corpus.rows());
    SweepOptions options;
    options.dims = {4, 16, 64};
    options.k = 20;
    const auto fused = sweepTopK(queries, corpus, ties, options);
    options.engine = SweepEngine::Torch;
    const auto viaTorch = sweepTopK(queries, corpus, ties, options);
    expectSameRankings(fused, viaTorch);
}

TEST(Sweep, ScoresAreCosinesOfThePrefix)
{
    // q = (1, 0 | 1), c0 = (1, 0 | -1), c1 = (0, 1 | 0): at dim 2, c0 is a perfect match; at dim 3 it is not.
    const EmbeddingMatrix queries({1, 0, 1}, 1, 3);
    const EmbeddingMatrix corpus({1, 0, -1, 0, 1, 0}, 2, 3);
    const auto ties = identityTieRanks(2);
    SweepOptions options;
    options.dims = {2, 3};
    options.k = 2;
    const auto result = sweepTopK(queries, corpus, ties, options);
    EXPECT_EQ(result.perDim[0].docs[0], 0);
    EXPECT_FLOAT_EQ(result.perDim[0].scores[0], 1.0f);
    EXPECT_EQ(result.perDim[1].docs[0], 1); // cos(c1) = 0 > cos(c0) = 0
    EXPECT_NEAR(result.perDim[1].scores[1], 0.0f, 1e-6);
}

TEST(Sweep, TiesGoToTheHigherTieRank)
{
    const EmbeddingMatrix queries({1, 0}, 1, 2);
    const EmbeddingMatrix corpus({1, 0, 1, 0, 1, 0}, 3, 2);
    const std::vector<std::uint32_t> ties{2, 0, 1}; // doc 0 has the largest id
    SweepOptions options;
    options.dims = {2};
    options.k = 3;
    const auto result = sweepTopK(queries, corpus, ties, options);
    EXPECT_EQ(std::vector<std::int32_t>(result.perDim[0].docs.begin(), result.perDim[0].docs.end()),
              (std::vector<std::int32_t>{0, 2, 1}));
}

TEST(Sweep, PadsWhenTheCatalogIsSmallerThanK)
{
    const auto corpus = randomMatrix(3, 8, 5);
    const auto queries = randomMatrix(2, 8, 6);
    SweepOptions options;
    options.dims = {8};
    options.k = 5;
    const auto result = sweepTopK(queries, corpus, identityTieRanks(3), options);
    EXPECT_EQ(result.perDim[0].docs[3], -1);
    EXPECT_EQ(result.perDim[0].docs[4], -1);
    EXPECT_GE(result.perDim[0].docs[2], 0);
}

TEST(Sweep, RejectsDimsBeyondTheFullDimension)
{
    const auto corpus = randomMatrix(10, 8, 7);
    SweepOptions options;
    options.dims = {4, 16};
    EXPECT_THROW(sweepTopK(corpus, corpus, identityTieRanks(10), options), InputError);
}

TEST(Sweep, StopsWhenCancelled)
{
    const auto corpus = randomMatrix(5000, 16, 8);
    CancelToken token;
    token.cancel();
    JobControl job;
    job.cancel = &token;
    SweepOptions options;
    options.dims = {16};
    options.docTile = 64;
    EXPECT_THROW(sweepTopK(corpus, corpus, identityTieRanks(5000), options, job), CancelledError);
}
