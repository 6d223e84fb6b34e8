// A catalog in shards read back through its manifest: one matrix whose rows are the shards' rows in order,
// tiles that cross shard boundaries read exactly, views inside one shard read in place, and manifests that do
// not match their shards refused naming the file.
#include "core/embed/embedding_shards.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <numeric>

using namespace near2;
using near2::test::inputErrorLine;

namespace {

constexpr std::size_t kDim = 5;

// Rows [first, first + rows) of the sequence 0, 1, 2, … as a matrix (each value names its place).
EmbeddingMatrix counting(std::size_t first, std::size_t rows)
{
    std::vector<float> values(rows * kDim);
    std::iota(values.begin(), values.end(), static_cast<float>(first * kDim));
    return EmbeddingMatrix(std::move(values), rows, kDim);
}

// Three shards of 7, 1 and 12 rows and their manifest.
std::filesystem::path writeShards(const test::ScratchDir& dir)
{
    const auto manifest = dir / "catalog.json";
    std::vector<EmbeddingShard> shards;
    std::size_t first = 0;
    for (const std::size_t rows : {7u, 1u, 12u}) {
        const auto file = shardFileFor(manifest, static_cast<int>(shards.size()), 3);
        writeEmbeddings(file, counting(first, rows));
        shards.push_back({file.filename().string(), rows});
        first += rows;
    }
    writeShardManifest(manifest, shards, kDim);
    return manifest;
}

} // namespace

TEST(EmbeddingShards, TheManifestReadsAsOneCatalog)
{
    test::ScratchDir dir;
    const EmbeddingMatrix catalog = readEmbeddings(writeShards(dir));
    ASSERT_EQ(catalog.rows(), 20u);
    ASSERT_EQ(catalog.dim(), kDim);
    EXPECT_EQ(catalog.storedBytes(), 20u * kDim * 4);
    EXPECT_FALSE(catalog.isDenseFloat32());
    // Every tile shape, from every first row: the values are their own places.
    std::vector<float> scratch;
    for (std::size_t tile = 1; tile <= 20; ++tile)
        for (std::size_t first = 0; first + tile <= 20; ++first) {
            const float* rows = catalog.floatRows(first, tile, scratch);
            for (std::size_t i = 0; i < tile * kDim; ++i)
                ASSERT_EQ(rows[i], static_cast<float>(first * kDim + i)) << first << "+" << tile;
        }
}

TEST(EmbeddingShards, ViewsAcrossAndInsideShards)
{
    test::ScratchDir dir;
    const EmbeddingMatrix catalog = readEmbeddings(writeShards(dir));
    const EmbeddingMatrix across = catalog.rowRange(5, 10); // rows 5–14: all three shards
    EXPECT_FALSE(across.isDenseFloat32());
    std::vector<float> values(10 * kDim);
    across.copyFloatRows(0, 10, values.data());
    EXPECT_EQ(values.front(), 25.0f);
    EXPECT_EQ(values.back(), 74.0f);
    const EmbeddingMatrix inside = across.rowRange(4, 5); // rows 9–13: inside the third shard, read in place
    EXPECT_TRUE(inside.isDenseFloat32());
    EXPECT_EQ(inside.row(0)[0], 45.0f);
    const EmbeddingMatrix picked = catalog.selectRows(std::vector<std::size_t>{19, 7, 0});
    EXPECT_EQ(picked.row(0)[4], 99.0f);
    EXPECT_EQ(picked.row(1)[0], 35.0f);
    catalog.willRead(0, 20); // hints reach each shard's mapping (nothing to see, nothing may throw)
    catalog.doneReading(3, 10);
}

TEST(EmbeddingShards, MismatchedManifestsAreRefusedNamingTheFile)
{
    test::ScratchDir dir;
    const auto manifest = writeShards(dir);
    const std::string text = test::readText(manifest);
    const auto rewrite = [&](const std::string& from, const std::string& to) {
        std::string changed = text;
        changed.replace(changed.find(from), from.size(), to);
        test::writeText(manifest, changed);
    };
    rewrite("\"rows\": 20", "\"rows\": 21");
    inputErrorLine([&] { readEmbeddings(manifest); }, "hold 20 rows but \"rows\" says 21");
    rewrite("\"rows\": 12", "\"rows\": 13");
    inputErrorLine([&] { readEmbeddings(manifest); }, "catalog.shard-2-of-3.npy: has 12 rows × 5 dims");
    std::filesystem::remove(dir / "catalog.shard-1-of-3.npy");
    test::writeText(manifest, text);
    inputErrorLine([&] { readEmbeddings(manifest); }, "catalog.shard-1-of-3.npy");
    test::writeText(manifest, "{\"format\": \"something else\"}");
    inputErrorLine([&] { readEmbeddings(manifest); }, "near2-embedding-shards/1");
    test::writeText(manifest, "[1, 2");
    inputErrorLine([&] { readEmbeddings(manifest); }, "catalog.json");
}
