// Near-duplicates (core/explore/near_duplicates.h): titles that differ only in colour and size tokens, and
// embeddings that are nearly identical at the full dim, collapse into one group with a count.
#include "core/explore/near_duplicates.h"
#include "core/explore/variant_title.h"

#include <gtest/gtest.h>

using namespace near2;
using namespace near2::explore;

TEST(ExploreDuplicates, VariantKeysDropColoursAndSizes)
{
    const auto same = [](const char* a, const char* b) {
        EXPECT_EQ(variantKey(a), variantKey(b)) << a << " / " << b;
    };
    const auto different = [](const char* a, const char* b) {
        EXPECT_NE(variantKey(a), variantKey(b)) << a << " / " << b;
    };
    same("Acme Running Shoe, Red, Size 10.5", "ACME running shoe - navy blue - size 9");
    same("Acme Tee (Black/White) XL", "Acme Tee (Space Gray) x-large");
    same("Acme Tee Small", "Acme Tee extra large");
    same("Zuhause Hoodie Grün M", "Zuhause Hoodie Grün L"); // accents stripped, sizes dropped
    same("Acme Laptop Sleeve Midnight Blue", "Acme Laptop Sleeve Silver");
    different("Acme Monitor 27 Inch", "Acme Monitor 32 Inch"); // measurements tell products apart
    different("Acme SSD 1TB", "Acme SSD 2TB");
    different("LED Light Bar", "LED Bar"); // "light" is no colour on its own
    different("Paint 1 L", "Paint 5 L");   // a unit after a number stays
    EXPECT_EQ(variantKey("Acme Tee Red, Size M"), "acme tee");
    EXPECT_EQ(variantKey("Red / Blue"), ""); // nothing left: never grouped by title
}

TEST(ExploreDuplicates, GroupsByTitleAndByEmbeddingTransitively)
{
    // Rows 0..5 of a catalog; 3 and 5 have the same embedding as 4 up to noise; 2 is a colour variant of 0.
    std::vector<float> values = {
        1, 0, 0,      0, // 0
        0, 1, 0,      0, // 1
        0, 0, 1,      0, // 2 (a different vector, same title key as 0)
        0, 0, 0,      1, // 3
        0, 0, 0.001f, 1, // 4: cosine 0.9999995 with 3
        0, 1, 1,      0, // 5
    };
    const EmbeddingMatrix corpus(std::move(values), 6, 4);
    const std::vector<std::int32_t> ranking{4, 0, 1, 2, 3, 5};
    const std::vector<std::string> titles{"Cable B",         "Acme Tee Red M", "Mug",
                                          "Acme Tee Blue L", "Cable A",        "Lamp"};
    const auto groups = groupNearDuplicates(ranking, titles, &corpus);
    ASSERT_EQ(groups.size(), 4u);
    EXPECT_EQ(groups[0].members, (std::vector<std::size_t>{0, 4})); // rows 4 and 3, by embedding
    EXPECT_TRUE(groups[0].sameEmbedding);
    EXPECT_FALSE(groups[0].sameTitle);
    EXPECT_EQ(groups[1].members, (std::vector<std::size_t>{1, 3})); // rows 0 and 2, by title
    EXPECT_TRUE(groups[1].sameTitle);
    EXPECT_EQ(groups[2].count(), 1u);
    EXPECT_EQ(groups[3].members, (std::vector<std::size_t>{5}));

    DuplicateOptions titlesOnly;
    titlesOnly.byEmbedding = false;
    EXPECT_EQ(groupNearDuplicates(ranking, titles, &corpus, titlesOnly).size(), 5u);
    EXPECT_EQ(groupNearDuplicates(ranking, titles, nullptr).size(), 5u); // no embeddings: titles alone
    DuplicateOptions strict;
    strict.minCosine = 0.99999999;
    EXPECT_EQ(groupNearDuplicates(ranking, titles, &corpus, strict).size(), 5u);
}

TEST(ExploreDuplicates, AChainIsOneGroup)
{
    // a ~ b by title, b ~ c by embedding: one group of three, shown as its best-ranked member.
    std::vector<float> values = {1, 0, 0, 1, 0, 1, 0, 1.0001f};
    const EmbeddingMatrix corpus(std::move(values), 3, 2);
    const std::vector<std::int32_t> ranking{2, 0, 1};
    const std::vector<std::string> titles{"Other thing", "Tee Red", "Tee Blue"};
    const auto groups = groupNearDuplicates(ranking, titles, &corpus);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].members, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_TRUE(groups[0].sameTitle && groups[0].sameEmbedding);
}
