// The nested-block layout ranks one query exactly like the sweep at every nested dim, and like a plain scan
// of the prefix at dims between the nested ones (partial segment), on several threads and with ties.
#include "core/search/nested_layout.h"
#include "core/search/sweep.h"
#include "tests/core/compute/test_sweep_support.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace near2;

namespace {

std::vector<std::uint32_t> shuffledTieRanks(std::size_t n)
{
    std::vector<std::uint32_t> ranks(n);
    for (std::size_t i = 0; i < n; ++i)
        ranks[i] = static_cast<std::uint32_t>((i * 7919) % n);
    return ranks;
}

// Cosine of the d-dim prefixes, in double.
double cosine(std::span<const float> a, std::span<const float> b, int d)
{
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < d; ++i) {
        const auto u = static_cast<std::size_t>(i);
        dot += double(a[u]) * b[u];
        na += double(a[u]) * a[u];
        nb += double(b[u]) * b[u];
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

} // namespace

TEST(NestedLayout, RankingsEqualTheSweepAtEveryNestedDim)
{
    const auto corpus = randomMatrix(5000, 96, 11);
    const auto queries = randomMatrix(12, 96, 12);
    const auto ties = shuffledTieRanks(corpus.rows());
    SweepOptions options;
    options.dims = {8, 16, 32, 64, 96};
    options.k = 25;
    const auto sweep = sweepTopK(queries, corpus, ties, options);
    const NestedLayout layout(corpus, options.dims);
    for (std::size_t q = 0; q < queries.rows(); ++q)
        for (std::size_t d = 0; d < options.dims.size(); ++d) {
            const auto top = layout.topK(queries.row(q), options.dims[d], options.k, ties, 3);
            ASSERT_EQ(top.size(), options.k);
            const auto docs = sweep.perDim[d].docsOf(q);
            const auto scores = sweep.perDim[d].scoresOf(q);
            for (std::size_t r = 0; r < options.k; ++r) {
                EXPECT_EQ(top[r].doc, docs[r])
                    << "query " << q << " dim " << options.dims[d] << " rank " << r;
                EXPECT_NEAR(top[r].score, scores[r], 1e-5);
            }
        }
}

TEST(NestedLayout, DimsBetweenNestedOnesRankByThePrefixCosine)
{
    const auto corpus = randomMatrix(3000, 64, 21);
    const auto query = randomMatrix(1, 64, 22);
    const NestedLayout layout(corpus, {8, 16, 32});
    for (const int dim : {3, 5, 12, 17, 40, 63, 64}) {
        const auto top = layout.topK(query.row(0), dim, 10, {}, 2);
        ASSERT_EQ(top.size(), 10u);
        std::vector<std::pair<double, std::int32_t>> expected;
        for (std::size_t row = 0; row < corpus.rows(); ++row)
            expected.emplace_back(cosine(query.row(0), corpus.row(row), dim), static_cast<std::int32_t>(row));
        std::partial_sort(expected.begin(), expected.begin() + 10, expected.end(),
                          [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t r = 0; r < 10; ++r) {
            EXPECT_EQ(top[r].doc, expected[r].second) << "dim " << dim << " rank " << r;
            EXPECT_NEAR(top[r].score, expected[r].first, 1e-5);
        }
    }
}

TEST(NestedLayout, EqualScoresGoToTheHigherTieRankAndZeroRowsScoreZero)
{
    // Rows 0..3 identical, row 4 all zero: tie ranks decide among the identical rows.
    const EmbeddingMatrix corpus({1, 2, 1, 2, 1, 2, 1, 2, 0, 0}, 5, 2);
    const NestedLayout layout(corpus, {1});
    const std::vector<std::uint32_t> ties{3, 1, 4, 0, 2};
    const std::vector<float> query{1, 2};
    const auto top = layout.topK(query, 2, 5, ties);
    ASSERT_EQ(top.size(), 5u);
    EXPECT_EQ(top[0].doc, 2);
    EXPECT_EQ(top[1].doc, 0);
    EXPECT_EQ(top[2].doc, 1);
    EXPECT_EQ(top[3].doc, 3);
    EXPECT_EQ(top[4].doc, 4);
    EXPECT_FLOAT_EQ(top[4].score, 0.0f);
    EXPECT_EQ(layout.topK(query, 2, 2).front().doc, 0); // no tie ranks: the lower row first
}
