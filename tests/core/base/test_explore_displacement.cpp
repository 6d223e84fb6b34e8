// Which non-relevant product displaced a relevant one (core/explore/displacement.h): by hand on listings,
// and with exact scores where the reference listing names neither product.
#include "core/explore/displacement.h"
#include "tests/core/explore_fixture.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace near2;
using namespace near2::explore;

namespace {

QueryLabels relevantOnes(std::initializer_list<std::int32_t> rows)
{
    QueryLabels labels;
    for (const auto row : rows)
        labels.judged.push_back({row, "E", 1.0});
    labels.judged.push_back({104, "I", 0.0}); // judged non-relevant: counts like unjudged
    return labels;
}

} // namespace

TEST(ExploreDisplacement, TheLowestOvertakerAboveTheRelevantProduct)
{
    const auto labels = relevantOnes({1, 2, 3, 4, 5});
    const ListedRanking current{8, {100, 1, 101, 102, 103, 2, 104}, {}};
    const ListedRanking reference{64, {1, 2, 100, 3, 101, 103, 4, 102}, {}};
    const auto found = findDisplacements(labels, current, reference, 5, ExactCatalog{});
    ASSERT_EQ(found.size(), 5u);
    const auto check = [&](std::size_t i, std::int32_t displacer, std::int32_t nearest) {
        EXPECT_EQ(found[i].displacer, displacer) << "relevant " << found[i].relevantRow;
        EXPECT_EQ(found[i].nearestRival, nearest) << "relevant " << found[i].relevantRow;
    };
    check(0, 100, 100); // rank 2 now, rank 1 at the reference: 100 (rank 3 there) overtook it
    EXPECT_EQ(found[0].currentRank, 2u);
    EXPECT_EQ(found[0].displacerRank, 1u);
    check(1, 103, 103); // out of the top 5: the lowest non-relevant product in it overtook it
    check(2, 103, 103); // not listed now at all
    check(3, 102, 103); // 103 already beat it at the reference dim; 102 did not
    EXPECT_EQ(found[3].displacerRank, 4u);
    EXPECT_EQ(found[3].nearestRivalRank, 5u);
    check(4, -1, 103); // listed at neither dim, no embeddings: nothing is known to have overtaken it
}

TEST(ExploreDisplacement, OnlyRelevantProductsAboveMeansNoRival)
{
    const auto labels = relevantOnes({1, 2});
    const ListedRanking current{8, {1, 2, 100}, {}}, reference{64, {2, 1, 100}, {}};
    const auto found = findDisplacements(labels, current, reference, 3, ExactCatalog{});
    for (const auto& entry : found) {
        EXPECT_EQ(entry.displacer, -1);
        EXPECT_EQ(entry.nearestRival, -1);
    }
}

TEST(ExploreDisplacement, ExactScoresDecideWhereTheReferenceListingNamesNeither)
{
    const auto c = test::makeExploreCase(500, 32, 5);
    const ListedRanking current = test::referenceListing(c, 8, 10);
    const ListedRanking reference = test::referenceListing(c, 32, 2); // short: most pairs are unlisted
    QueryLabels labels;
    for (const auto row : c.lateRows)
        labels.judged.push_back({row, "E", 1.0});
    const ExactCatalog exact{&c.corpus, c.query, c.tieRanks, 1};
    const auto found = findDisplacements(labels, current, reference, 10, exact);
    const auto referenceRank = [&](std::int32_t row) { return test::referenceRank(c, row, 32); };
    std::size_t withDisplacer = 0;
    for (const auto& entry : found) {
        const auto rank = current.rankOf(entry.relevantRow);
        std::int32_t expected = -1;
        for (std::size_t r = std::min<std::size_t>(rank ? *rank - 1 : 10, 10); r-- > 0;) {
            const auto product = current.rows[r];
            if (!labels.isRelevant(product) && referenceRank(entry.relevantRow) < referenceRank(product)) {
                expected = product;
                break;
            }
        }
        EXPECT_EQ(entry.displacer, expected) << "relevant " << entry.relevantRow;
        withDisplacer += expected >= 0;
    }
    EXPECT_GT(withDisplacer, 0u);
}
