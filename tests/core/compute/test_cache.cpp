// The embedding cache: a second call does not encode again, an interrupted encoding resumes from its
// checkpoint with the same result, list and clear.
#include "core/encoder/embedding_cache.h"
#include "core/util/error.h"
#include "tests/core/compute/test_encoder_fixture.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

class CacheTest : public ::testing::Test
{
protected:
    void SetUp() override { test::writeBertBundle(dir / "bundle", {}); }

    std::vector<std::string> texts()
    {
        std::vector<std::string> result;
        for (int i = 0; i < 23; ++i)
            result.push_back(
                std::string(static_cast<std::size_t>(1 + i % 7), static_cast<char>('a' + i % 26)) +
                " usb cable");
        return result;
    }

    test::ScratchDir dir;
    EncodeOptions options{.batchSize = 4, .device = "cpu", .checkpointEveryBatches = 2};
};

TEST_F(CacheTest, SecondCallIsAHit)
{
    const auto bundle = ModelBundle::open(dir / "bundle");
    EmbeddingCache cache(dir / "cache");
    int reports = 0;
    const JobControl counting{[&](const Progress&) { ++reports; }, nullptr};
    const auto first = cache.encode(bundle, texts(), TextKind::Document, options, counting);
    EXPECT_GT(reports, 0);
    reports = 0;
    const auto second = cache.encode(bundle, texts(), TextKind::Document, options, counting);
    EXPECT_EQ(reports, 0) << "a cache hit must not encode";
    ASSERT_EQ(second.rows(), 23u);
    const auto direct = encodeTexts(bundle, texts(), TextKind::Document, options, {});
    for (std::size_t i = 0; i < direct.rows() * direct.dim(); ++i)
        ASSERT_FLOAT_EQ(second.data()[i], direct.data()[i]);
    const auto entries = cache.list();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries[0].complete);
    EXPECT_EQ(entries[0].modelName, "test-bert");
    EXPECT_EQ(cache.bytesOf(entries[0]), 23u * 32u * 4u);

    cache.encode(bundle, texts(), TextKind::Query, options, {});
    EXPECT_EQ(cache.list().size(), 2u) << "queries and documents are separate entries";
    EXPECT_EQ(cache.clear(), 2u);
    EXPECT_TRUE(cache.list().empty());
}

TEST_F(CacheTest, InterruptedEncodingResumesFromItsCheckpoint)
{
    const auto bundle = ModelBundle::open(dir / "bundle");
    EmbeddingCache cache(dir / "cache");
    CancelToken token;
    const JobControl cancelling{[&](const Progress& progress) {
                                    if (progress.done >= 16)
                                        token.cancel();
                                },
                                &token};
    EXPECT_THROW(cache.encode(bundle, texts(), TextKind::Document, options, cancelling), CancelledError);
    ASSERT_EQ(cache.list().size(), 1u);
    EXPECT_FALSE(cache.list()[0].complete);
    EXPECT_EQ(cache.list()[0].done, 16u);

    std::int64_t firstReported = -1;
    const JobControl watching{[&](const Progress& progress) {
                                  if (firstReported < 0)
                                      firstReported = progress.done;
                              },
                              nullptr};
    const auto resumed = cache.encode(bundle, texts(), TextKind::Document, options, watching);
    EXPECT_EQ(firstReported, 16);
    EXPECT_TRUE(cache.list()[0].complete);
    const auto direct = encodeTexts(bundle, texts(), TextKind::Document, options, {});
    for (std::size_t i = 0; i < direct.rows() * direct.dim(); ++i)
        ASSERT_FLOAT_EQ(resumed.data()[i], direct.data()[i]);
}

TEST_F(CacheTest, ChangedModelIsADifferentEntry)
{
    EmbeddingCache cache(dir / "cache");
    cache.encode(ModelBundle::open(dir / "bundle"), texts(), TextKind::Document, options, {});
    test::saveBertLikeModel(dir / "bundle" / "model.pt", {.vocabSize = 68}, 7);
    cache.encode(ModelBundle::open(dir / "bundle"), texts(), TextKind::Document, options, {});
    EXPECT_EQ(cache.list().size(), 2u);
}

TEST(CacheDir, EnvironmentOverrides)
{
    ::setenv("NEAR2_CACHE_DIR", "/tmp/near2-cache-test", 1);
    EXPECT_EQ(defaultCacheDir(), std::filesystem::path("/tmp/near2-cache-test"));
    ::unsetenv("NEAR2_CACHE_DIR");
    ::setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
    EXPECT_EQ(defaultCacheDir(), std::filesystem::path("/tmp/xdg/near2"));
    ::unsetenv("XDG_CACHE_HOME");
}

} // namespace
} // namespace near2
