// The grams-* architectures: each piece's character 3- and 4-grams (hand-listed below), and a grams-256
// model trained on a small shop that gives the same embeddings in Python's torch.jit.load.
#include "core/train/piece_grams.h"
#include "core/train/trainer.h"
#include "tests/core/compute/python_parity.h"
#include "tests/core/compute/test_train_support.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

// The non-padding gram indexes of piece `p`.
std::vector<std::int64_t> gramRow(const PieceGrams& grams, std::size_t p)
{
    std::vector<std::int64_t> row;
    for (std::size_t i = 0; i < grams.width; ++i)
        if (grams.grams[p * grams.width + i] != 0)
            row.push_back(grams.grams[p * grams.width + i]);
    return row;
}

TEST(PieceGrams, ThreeAndFourGramsWithAWordStartMark)
{
    // "sn570": "<sn570" → 3-grams <sn sn5 n57 570, 4-grams <sn5 sn57 n570 (7).
    // "##570": no start mark → 570, then no 4-gram (3 characters) (1). "[CLS]", "x": none.
    // "ab": "<ab" (1). "##ab": two characters, the piece itself "ab" (1).
    const std::vector<std::string> vocabulary = {"[CLS]", "sn570", "##570", "x", "ab", "##ab"};
    const PieceGrams grams = pieceGrams(vocabulary);
    // Distinct grams: <sn sn5 n57 570 <sn5 sn57 n570 <ab ab = 9, plus padding.
    EXPECT_EQ(grams.gramCount, 10u);
    EXPECT_EQ(grams.width, 7u);
    EXPECT_TRUE(gramRow(grams, 0).empty());
    EXPECT_EQ(gramRow(grams, 1).size(), 7u);
    EXPECT_EQ(gramRow(grams, 2).size(), 1u);
    EXPECT_TRUE(gramRow(grams, 3).empty());
    EXPECT_EQ(gramRow(grams, 4).size(), 1u);
    EXPECT_EQ(gramRow(grams, 5).size(), 1u);
    // "##570"'s only gram is sn570's fourth; "<ab" and "ab" differ.
    EXPECT_EQ(gramRow(grams, 2).front(), gramRow(grams, 1)[3]);
    EXPECT_NE(gramRow(grams, 4).front(), gramRow(grams, 5).front());
    // Grams are indexed in sorted order: "570" < "<ab" < … (ASCII '5' < '<' < 'a' < 'n' < 's').
    EXPECT_EQ(gramRow(grams, 2).front(), 1);
    // Weights: 1/7 for sn570's grams, 0 for padding and for pieces without grams.
    EXPECT_FLOAT_EQ(grams.weights[1 * grams.width + 6], 1.0f / 7.0f);
    EXPECT_FLOAT_EQ(grams.weights[2 * grams.width + 0], 1.0f);
    EXPECT_FLOAT_EQ(grams.weights[2 * grams.width + 1], 0.0f);
    EXPECT_FLOAT_EQ(grams.weights[0], 0.0f);
}

TEST(PieceGrams, AtMostMaxPerPieceGramsThreeGramsFirst)
{
    // "abcdef": "<abcdef" has five 3-grams and four 4-grams; a cap of 6 keeps the five and one 4-gram.
    const PieceGrams grams = pieceGrams({"abcdef"}, 6);
    EXPECT_EQ(grams.width, 6u);
    EXPECT_EQ(grams.gramCount, 7u);
    EXPECT_FLOAT_EQ(grams.weights[5], 1.0f / 6.0f);
}

TEST(PieceGrams, TrainedGramsModelGivesTheSameEmbeddingsInPython)
{
    NEAR2_REQUIRE_PYTHON_TORCH();
    test::ScratchDir dir;
    TrainOptions options = test::quickTrainOptions(dir / "bundle");
    options.arch = "grams-256";
    trainModel(test::smallShop(), options, {});
    const std::vector<std::string> texts = {"samsung ssd 1tb", "sn570", "rtx4070 ti", "x"};
    test::expectPythonParity(dir / "bundle", texts, TextKind::Query, dir.path());
}

} // namespace
} // namespace near2
