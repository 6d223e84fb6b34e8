// Rank by dim (core/explore/rank_by_dim.h): ranks from a stored run's listings where they reach, computed
// exactly from the embeddings where they do not, unknown without embeddings; first dims in the top k; the
// score gap. The reference is a long-double full sort of the catalog (tests/core/explore_fixture.h).
#include "core/explore/rank_by_dim.h"
#include "core/util/error.h"
#include "tests/core/explore_fixture.h"

#include <gtest/gtest.h>

using namespace near2;
using namespace near2::explore;

namespace {

constexpr std::size_t kDepth = 20, kK = 10;

struct RankFixture
{
    test::ExploreCase c = test::makeExploreCase(2000, 64, 7);
    std::vector<ListedRanking> listings;
    QueryLabels labels;
    ExactCatalog exact{&c.corpus, c.query, c.tieRanks, 2};

    RankFixture()
    {
        for (const int dim : c.dims)
            listings.push_back(test::referenceListing(c, dim, kDepth));
        for (const auto row : c.lateRows)
            labels.judged.push_back({row, "E", 1.0});
        for (const auto row : c.earlyRows)
            labels.judged.push_back({row, "E", 1.0});
        labels.judged.push_back({12, "S", 0.1}); // judged, but below the threshold: not relevant
    }
};

bool isRelevant(const RankFixture& f, std::int32_t row)
{
    return f.labels.isRelevant(row);
}

} // namespace

TEST(ExploreRanks, ListingsAndEmbeddingsGiveTheReferenceRanksAtEveryDim)
{
    RankFixture f;
    std::vector<int> dims = f.c.dims;
    dims.push_back(24); // typed dims the run does not list
    dims.push_back(40);
    const auto result = rankByDim(f.labels, f.listings, dims, kK, f.exact);
    EXPECT_EQ(result.dims, (std::vector<int>{8, 16, 24, 32, 40, 64}));
    ASSERT_EQ(result.relevant.size(), f.c.lateRows.size() + f.c.earlyRows.size());
    EXPECT_TRUE(result.exactScores);
    std::size_t listed = 0, computed = 0;
    for (const auto& product : result.relevant)
        for (std::size_t d = 0; d < result.dims.size(); ++d) {
            const int dim = result.dims[d];
            const auto& at = product.ranks[d];
            const auto expected = test::referenceRank(f.c, product.row, dim);
            ASSERT_TRUE(at.rank) << "row " << product.row << " dim " << dim;
            EXPECT_EQ(*at.rank, expected) << "row " << product.row << " dim " << dim;
            const bool inListing = dim != 24 && dim != 40 && expected <= kDepth;
            EXPECT_EQ(at.source, inListing ? RankSource::Listed : RankSource::Computed);
            (inListing ? listed : computed) += 1;
            EXPECT_NEAR(*at.score, static_cast<double>(test::referenceCosine(f.c, product.row, dim)), 1e-12);
        }
    EXPECT_GT(listed, 0u); // the case exercises both sources
    EXPECT_GT(computed, 0u);
    EXPECT_FALSE(result.computedDims.empty());
}

TEST(ExploreRanks, FirstDimInTopKFollowsTheReferenceRanks)
{
    RankFixture f;
    const auto result = rankByDim(f.labels, f.listings, f.c.dims, kK, f.exact);
    bool someEnterLate = false;
    for (const auto& product : result.relevant) {
        std::optional<int> first, from;
        for (const int dim : f.c.dims)
            if (!first && test::referenceRank(f.c, product.row, dim) <= kK)
                first = dim;
        for (auto dim = f.c.dims.rbegin();
             dim != f.c.dims.rend() && test::referenceRank(f.c, product.row, *dim) <= kK; ++dim)
            from = *dim;
        EXPECT_EQ(product.firstDimInTopK, first) << "row " << product.row;
        EXPECT_EQ(product.topKFromDim, from) << "row " << product.row;
        someEnterLate = someEnterLate || (first && *first > 8);
    }
    EXPECT_TRUE(someEnterLate);
}

TEST(ExploreRanks, TheGapIsTheLastRelevantMinusTheFirstNonRelevantScore)
{
    RankFixture f;
    const auto result = rankByDim(f.labels, f.listings, f.c.dims, kK, f.exact);
    for (std::size_t d = 0; d < result.dims.size(); ++d) {
        const int dim = result.dims[d];
        const auto order = test::referenceOrder(f.c, dim);
        std::int32_t lastRelevant = -1, firstOther = -1;
        for (const auto row : order) {
            if (isRelevant(f, row))
                lastRelevant = row;
            else if (firstOther < 0)
                firstOther = row;
        }
        const auto& gap = result.gaps[d];
        EXPECT_EQ(gap.lastRelevantRow, lastRelevant) << "dim " << dim;
        EXPECT_EQ(gap.firstNonRelevant.row, firstOther) << "dim " << dim;
        EXPECT_EQ(*gap.firstNonRelevant.at.rank, test::referenceRank(f.c, firstOther, dim));
        ASSERT_TRUE(gap.gap);
        EXPECT_NEAR(*gap.gap,
                    static_cast<double>(test::referenceCosine(f.c, lastRelevant, dim) -
                                        test::referenceCosine(f.c, firstOther, dim)),
                    1e-12);
    }
}

TEST(ExploreRanks, WithoutEmbeddingsRanksBelowTheListingAreUnknown)
{
    RankFixture f;
    const auto result = rankByDim(f.labels, f.listings, f.c.dims, kK, ExactCatalog{});
    EXPECT_FALSE(result.exactScores);
    EXPECT_TRUE(result.computedDims.empty());
    for (const auto& product : result.relevant)
        for (std::size_t d = 0; d < result.dims.size(); ++d) {
            const auto expected = test::referenceRank(f.c, product.row, result.dims[d]);
            const auto& at = product.ranks[d];
            if (expected <= kDepth) {
                EXPECT_EQ(at.source, RankSource::Listed);
                EXPECT_EQ(at.rank, expected);
                EXPECT_NEAR(*at.score,
                            static_cast<double>(test::referenceCosine(f.c, product.row, result.dims[d])),
                            1e-6); // the listed float
            } else {
                EXPECT_EQ(at.source, RankSource::Unknown);
                EXPECT_FALSE(at.rank);
                EXPECT_FALSE(at.score);
            }
        }
    // Top-k membership needs no embeddings: the listings hold at least k rows.
    const auto exact = rankByDim(f.labels, f.listings, f.c.dims, kK, f.exact);
    for (std::size_t t = 0; t < result.relevant.size(); ++t)
        EXPECT_EQ(result.relevant[t].firstDimInTopK, exact.relevant[t].firstDimInTopK);
    for (const auto& gap : result.gaps) {
        EXPECT_GE(gap.firstNonRelevant.row, 0); // listed
        EXPECT_FALSE(gap.gap);                  // some relevant product lies below the listing
    }
}

TEST(ExploreRanks, TiesFallToTheHigherTieRank)
{
    RankFixture f;
    const std::vector<std::int32_t> copies{10, 11, 12};
    const auto table = rankTargets({copies, {16, 64}, nullptr}, {}, f.exact);
    for (std::size_t t = 0; t < copies.size(); ++t)
        for (std::size_t d = 0; d < 2; ++d) {
            EXPECT_EQ(table.ranks[t][d].source, RankSource::Computed);
            EXPECT_EQ(*table.ranks[t][d].rank, test::referenceRank(f.c, copies[t], table.dims[d]));
        }
    EXPECT_EQ(table.ranks[0][1].score, table.ranks[1][1].score); // a real tie, not a near one
}

TEST(ExploreRanks, AComputedRankAtAListedDimStaysBelowTheListing)
{
    RankFixture f;
    ListedRanking listing = test::referenceListing(f.c, 64, kDepth);
    const std::int32_t dropped = listing.rows[4];
    listing.rows.erase(listing.rows.begin() + 4);
    listing.scores.erase(listing.scores.begin() + 4);
    const ListedRanking listings[] = {listing};
    const auto table = rankTargets({{dropped}, {64}, nullptr}, listings, f.exact);
    EXPECT_EQ(table.ranks[0][0].source, RankSource::Computed);
    EXPECT_EQ(*table.ranks[0][0].rank, kDepth); // 5 by score, but the listing of 19 rows leaves it out
}

TEST(ExploreRanks, ThreadCountsAgreeAndCancelStops)
{
    const auto c = test::makeExploreCase(13000, 32, 3); // 3 × 4,096 rows: three threads really run
    ExactCatalog one{&c.corpus, c.query, c.tieRanks, 1}, three{&c.corpus, c.query, c.tieRanks, 3};
    const std::unordered_set<std::int32_t> excluded(c.lateRows.begin(), c.lateRows.end());
    const auto a = scanCatalog(one, c.dims, c.lateRows, excluded);
    const auto b = scanCatalog(three, c.dims, c.lateRows, excluded);
    EXPECT_EQ(a.targetRanks, b.targetRanks);
    EXPECT_EQ(a.bestOtherRow, b.bestOtherRow);
    EXPECT_EQ(a.bestOtherScore, b.bestOtherScore);

    CancelToken cancel;
    cancel.cancel();
    JobControl job;
    job.cancel = &cancel;
    EXPECT_THROW(scanCatalog(one, c.dims, c.lateRows, excluded, job), CancelledError);
    EXPECT_THROW(scanCatalog(one, std::vector<int>{16, 8}, c.lateRows, excluded), std::invalid_argument);
}
