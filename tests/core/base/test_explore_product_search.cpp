// Product search (core/explore/product_search.h): by id or title words, in the ranking or the catalog, with
// the rank at both dims from the listings or exactly from the embeddings.
#include "core/explore/product_search.h"
#include "tests/core/explore_fixture.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

using namespace near2;
using namespace near2::explore;

namespace {

std::vector<Record> catalogOf(std::size_t rows)
{
    std::vector<Record> catalog;
    for (std::size_t row = 0; row < rows; ++row)
        catalog.push_back({fmt::format("p{}", row),
                           fmt::format("Item {} {}", row % 7 == 0 ? "Crème Kettle" : "Mug", row),
                           "",
                           {}});
    catalog[42].title = "Stainless Steel Kettle 1.7 L";
    return catalog;
}

} // namespace

TEST(ExploreProductSearch, FindsByIdAndByTitleWordPrefixes)
{
    const auto finder = ProductFinder::ofCatalog(catalogOf(100));
    const auto byId = finder.find(" p42 ", 10);
    EXPECT_EQ(byId.byId, (std::vector<std::int32_t>{42}));
    const auto words = finder.find("creme KETT", 100); // accents and case ignored, words matched by prefix
    ASSERT_EQ(words.byTitle.size(), 14u);              // rows 0, 7, …, 98 but 42 (renamed)
    EXPECT_EQ(words.byTitle.front(), 0);
    EXPECT_EQ(finder.find("stainless kettle", 10).byTitle, (std::vector<std::int32_t>{42}));
    EXPECT_TRUE(finder.find("teapot", 10).byTitle.empty());
    EXPECT_EQ(finder.find("mug", 3).byTitle.size(), 3u); // the limit
}

TEST(ExploreProductSearch, RanksAtBothDimsFromListingsOrEmbeddings)
{
    const auto c = test::makeExploreCase(400, 32, 9);
    const auto current = test::referenceListing(c, 8, 10);
    const auto reference = test::referenceListing(c, 32, 10);
    std::vector<Record> catalog;
    for (std::size_t row = 0; row < c.corpus.rows(); ++row)
        catalog.push_back(
            {fmt::format("p{}", row),
             row == 21 || row == static_cast<std::size_t>(current.rows[3]) ? "Blue widget" : "Thing",
             "",
             {}});
    const auto finder = ProductFinder::ofCatalog(catalog);
    const ExactCatalog exact{&c.corpus, c.query, c.tieRanks, 1};
    const auto search = searchProducts(finder, "widget", current, reference, exact);
    ASSERT_EQ(search.hits.size(), 2u);
    EXPECT_EQ(search.hits[0].row, current.rows[3]); // listed now: first
    EXPECT_EQ(search.hits[0].current.rank, 4u);
    EXPECT_EQ(search.hits[0].current.source, RankSource::Listed);
    for (const auto& hit : search.hits) {
        EXPECT_EQ(*hit.current.rank, test::referenceRank(c, hit.row, 8));
        EXPECT_EQ(*hit.reference.rank, test::referenceRank(c, hit.row, 32));
        EXPECT_FALSE(hit.idMatch);
    }
    const auto id = searchProducts(finder, "p21", current, reference, exact);
    ASSERT_EQ(id.hits.size(), 1u);
    EXPECT_TRUE(id.hits[0].idMatch);

    // The ranking's own products only (an ad-hoc result): no embeddings needed for what is listed.
    std::map<std::int32_t, ProductRecord> listed;
    for (const auto row : current.rows)
        listed[row] = {row, fmt::format("p{}", row), catalog[static_cast<std::size_t>(row)].title, {}};
    const auto inRanking =
        searchProducts(ProductFinder::ofProducts(listed), "widget", current, reference, {});
    ASSERT_EQ(inRanking.hits.size(), 1u);
    EXPECT_EQ(inRanking.hits[0].current.rank, 4u);
    EXPECT_FALSE(inRanking.exactScores);
    EXPECT_NE(inRanking.hits[0].reference.source, RankSource::Computed);
}
