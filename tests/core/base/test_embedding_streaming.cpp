// Embeddings read where they are stored: float16 converted a tile at a time, strided .fvecs rows, views of
// row ranges, and .npy headers read strictly (a wrapped shape once passed the size check).
#include "core/embed/embedding_matrix.h"
#include "tests/core/test_support.h"

#include <cmath>
#include <cstring>
#include <gtest/gtest.h>

using namespace near2;

namespace {

std::string halves(const std::vector<std::uint16_t>& values)
{
    std::string bytes(values.size() * 2, '\0');
    std::memcpy(bytes.data(), values.data(), bytes.size());
    return bytes;
}

// Every IEEE half class: zeros, the smallest subnormal, the largest subnormal, the smallest normal, one, the
// largest finite, infinities and NaN.
const std::vector<std::uint16_t> kSpecialHalves = {0x0000, 0x8000, 0x0001, 0x03ff, 0x0400, 0x3c00,
                                                   0x7bff, 0xfbff, 0x7c00, 0xfc00, 0x7e00, 0x3555};

void expectSameFloat(float actual, float expected, std::size_t at)
{
    if (std::isnan(expected)) {
        EXPECT_TRUE(std::isnan(actual)) << "value " << at;
        return;
    }
    std::uint32_t a, e;
    std::memcpy(&a, &actual, 4);
    std::memcpy(&e, &expected, 4);
    EXPECT_EQ(a, e) << "value " << at << ": " << actual << " vs " << expected; // bit for bit (±0 too)
}

} // namespace

TEST(EmbeddingStreaming, Float16SpecialValuesConvertExactlyInEveryTileShape)
{
    test::ScratchDir dir;
    // 12 values a row, 7 rows: tiles that start and end inside the vector kernel's 8-value steps.
    std::vector<std::uint16_t> values;
    for (std::size_t row = 0; row < 7; ++row)
        for (std::size_t i = 0; i < kSpecialHalves.size(); ++i)
            values.push_back(kSpecialHalves[(i + row) % kSpecialHalves.size()]);
    test::writeText(dir / "h.npy", test::npyBytes("<f2", "(7, 12)", halves(values)));
    const auto matrix = readEmbeddings(dir / "h.npy");
    ASSERT_EQ(matrix.elementType(), ElementType::Float16);
    EXPECT_THROW(static_cast<void>(matrix.data()), std::logic_error); // no float32 view of halves
    std::vector<float> scratch;
    for (std::size_t first = 0; first < 7; ++first)
        for (std::size_t count = 1; first + count <= 7; ++count) {
            const float* rows = matrix.floatRows(first, count, scratch);
            for (std::size_t i = 0; i < count * 12; ++i)
                expectSameFloat(rows[i], halfToFloat(values[first * 12 + i]), first * 12 + i);
        }
    EXPECT_EQ(halfToFloat(0x0001), 0x1p-24f);
    EXPECT_EQ(halfToFloat(0x03ff), 0x3ffp-24f);
    EXPECT_EQ(halfToFloat(0x7bff), 65504.0f);
    EXPECT_TRUE(std::isinf(halfToFloat(0xfc00)) && halfToFloat(0xfc00) < 0);
}

TEST(EmbeddingStreaming, RowRangesAndSelectionsReadTheSameValuesAsTheWhole)
{
    test::ScratchDir dir;
    std::vector<float> values(50 * 3);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<float>(i) * 0.5f - 7.0f;
    writeEmbeddings(dir / "m.fvecs", EmbeddingMatrix(values, 50, 3));
    const auto strided = readEmbeddings(dir / "m.fvecs");
    const auto part = strided.rowRange(17, 20);
    ASSERT_EQ(part.rows(), 20u);
    std::vector<float> scratch;
    const float* rows = part.floatRows(3, 17, scratch);
    for (std::size_t i = 0; i < 17 * 3; ++i)
        EXPECT_EQ(rows[i], values[(17 + 3) * 3 + i]);
    const std::vector<std::size_t> picked{49, 0, 25};
    const auto selected = strided.selectRows(picked);
    ASSERT_TRUE(selected.isDenseFloat32());
    EXPECT_EQ(selected.row(0)[2], values[49 * 3 + 2]);
    EXPECT_EQ(selected.row(2)[0], values[25 * 3]);
    EXPECT_THROW(static_cast<void>(strided.rowRange(40, 11)), std::out_of_range);
}

TEST(EmbeddingStreaming, Float16WritesBackAsFloat32Exactly)
{
    test::ScratchDir dir;
    test::writeText(dir / "h.npy", test::npyBytes("<f2", "(2, 2)", halves({0x3c00, 0xc000, 0x3800, 0x7bff})));
    writeEmbeddings(dir / "f.npy", readEmbeddings(dir / "h.npy"));
    const auto copy = readEmbeddings(dir / "f.npy");
    ASSERT_TRUE(copy.isDenseFloat32());
    EXPECT_EQ(std::vector<float>(copy.data(), copy.data() + 4),
              (std::vector<float>{1.0f, -2.0f, 0.5f, 65504.0f}));
}

// issue 21, item 15: shape numbers wrapped (2^62 rows × 200 passed the size check; 18446744073709551648 read
// as 32; -200 as 200).
TEST(EmbeddingStreaming, NpyShapesAreReadStrictly)
{
    test::ScratchDir dir;
    const std::string eight(8 * 4, '\0');
    const auto refuse = [&](const std::string& shape, const std::string& fragment) {
        test::writeText(dir / "s.npy", test::npyBytes("<f4", shape, eight));
        test::inputErrorLine([&] { readEmbeddings(dir / "s.npy"); }, fragment);
    };
    refuse("(200, 4611686018427387904)", "truncated"); // 200 × 2^62 × 4 bytes wraps to 0
    refuse("(4611686018427387904, 4)", "truncated");
    refuse("(18446744073709551648, 2)", "beyond 2^63"); // read as 32 once
    refuse("(9223372036854775809, 2)", "beyond 2^63");
    refuse("(-200, 2)", "'-'");
    refuse("(2, +4)", "'+'");
    refuse("(2, 4.0)", "'.'");
    refuse("(2 4)", "'4'");
    refuse("[2, 4]", "tuple");
    refuse("(2, 4, 1)", "2-D");
    test::writeText(dir / "ok.npy", test::npyBytes("<f4", "(2,4)", eight));
    EXPECT_EQ(readEmbeddings(dir / "ok.npy").rows(), 2u);
    test::writeText(dir / "py2.npy", test::npyBytes("<f4", "(2L, 4L)", eight));
    EXPECT_EQ(readEmbeddings(dir / "py2.npy").dim(), 4u);
}
