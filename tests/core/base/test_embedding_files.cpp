#include "core/embed/embedding_matrix.h"
#include "core/embed/npy_format.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <cmath>
#include <cstring>
#include <gtest/gtest.h>

using namespace near2;

namespace {
std::string floats(std::initializer_list<float> values)
{
    std::string bytes(values.size() * 4, '\0');
    std::memcpy(bytes.data(), values.begin(), bytes.size());
    return bytes;
}

std::string expectInputError(const std::filesystem::path& file)
{
    try {
        readEmbeddings(file);
    } catch (const InputError& error) {
        return error.what();
    }
    ADD_FAILURE() << "no InputError for " << file;
    return {};
}
} // namespace

TEST(EmbeddingFiles, NpyRoundTripIsMemoryMappedAndExact)
{
    test::ScratchDir dir;
    const EmbeddingMatrix matrix({1.5f, -2.0f, 3.25f, 0.0f, 1e-7f, 42.0f}, 2, 3);
    writeEmbeddings(dir / "m.npy", matrix);
    const auto read = readEmbeddings(dir / "m.npy");
    ASSERT_EQ(read.rows(), 2u);
    ASSERT_EQ(read.dim(), 3u);
    EXPECT_EQ(std::vector<float>(read.data(), read.data() + 6),
              std::vector<float>(matrix.data(), matrix.data() + 6));
}

TEST(EmbeddingFiles, FvecsRoundTrip)
{
    test::ScratchDir dir;
    const EmbeddingMatrix matrix({1, 2, 3, 4, 5, 6}, 3, 2);
    writeEmbeddings(dir / "m.fvecs", matrix);
    const auto read = readEmbeddings(dir / "m.fvecs");
    ASSERT_EQ(read.rows(), 3u);
    EXPECT_FALSE(read.isDenseFloat32()); // a strided view of the file: each row follows its dimension
    std::vector<float> scratch;
    EXPECT_EQ(read.floatRows(2, 1, scratch)[1], 6.0f);
}

TEST(EmbeddingFiles, ReadsFloat16)
{
    test::ScratchDir dir;
    // 1.0, -2.0, 0.5, 65504 (largest half) in IEEE half precision, little-endian.
    const std::string halves("\x00\x3c\x00\xc0\x00\x38\xff\x7b", 8);
    test::writeText(dir / "h.npy", test::npyBytes("<f2", "(2, 2)", halves));
    const auto read = readEmbeddings(dir / "h.npy");
    EXPECT_EQ(read.elementType(), ElementType::Float16); // mapped as stored, converted where read
    EXPECT_EQ(read.storedBytes(), 8u);
    std::vector<float> scratch;
    const float* values = read.floatRows(0, 2, scratch);
    EXPECT_EQ(std::vector<float>(values, values + 4), (std::vector<float>{1.0f, -2.0f, 0.5f, 65504.0f}));
}

TEST(EmbeddingFiles, WrongDtypeNamesTheField)
{
    test::ScratchDir dir;
    test::writeText(dir / "d.npy", test::npyBytes("<f8", "(1, 1)", std::string(8, '\0')));
    const std::string message = expectInputError(dir / "d.npy");
    EXPECT_NE(message.find("d.npy"), std::string::npos);
    EXPECT_NE(message.find("descr"), std::string::npos);
    EXPECT_NE(message.find("<f8"), std::string::npos);
}

TEST(EmbeddingFiles, RejectsFortranOrderOneDimensionalAndTruncatedData)
{
    test::ScratchDir dir;
    test::writeText(dir / "f.npy", test::npyBytes("<f4", "(1, 2)", floats({1, 2}), true));
    EXPECT_NE(expectInputError(dir / "f.npy").find("fortran_order"), std::string::npos);
    test::writeText(dir / "v.npy", test::npyBytes("<f4", "(2,)", floats({1, 2})));
    EXPECT_NE(expectInputError(dir / "v.npy").find("2-D"), std::string::npos);
    test::writeText(dir / "t.npy", test::npyBytes("<f4", "(2, 2)", floats({1, 2, 3})));
    EXPECT_NE(expectInputError(dir / "t.npy").find("truncated"), std::string::npos);
}

TEST(EmbeddingFiles, RejectsGarbageAndUnknownExtensions)
{
    test::ScratchDir dir;
    test::writeText(dir / "g.npy", "not numpy at all");
    EXPECT_NE(expectInputError(dir / "g.npy").find("magic"), std::string::npos);
    test::writeText(dir / "x.bin", "whatever");
    EXPECT_NE(expectInputError(dir / "x.bin").find(".npy or .fvecs"), std::string::npos);
    test::writeText(dir / "bad.fvecs", std::string("\x02\x00\x00\x00\x00\x00", 6));
    EXPECT_NE(expectInputError(dir / "bad.fvecs").find("truncated"), std::string::npos);
    EXPECT_NE(expectInputError(dir / "missing.npy").find("cannot open"), std::string::npos);
}

TEST(EmbeddingFiles, HalfToFloatCoversSubnormalsAndInfinity)
{
    EXPECT_EQ(halfToFloat(0x0001), 5.9604645e-8f);
    EXPECT_TRUE(std::isinf(halfToFloat(0x7c00)));
    EXPECT_EQ(halfToFloat(0x8000), -0.0f);
}

TEST(EmbeddingMatrix, SelectRowsKeepsTheGivenOrder)
{
    const EmbeddingMatrix matrix({0, 0, 1, 1, 2, 2}, 3, 2);
    const std::vector<std::size_t> rows{2, 0};
    const auto picked = matrix.selectRows(rows);
    EXPECT_EQ(picked.row(0)[0], 2.0f);
    EXPECT_EQ(picked.row(1)[0], 0.0f);
}
