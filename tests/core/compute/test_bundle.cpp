// Model bundles that are wrong in one way each: InputError naming the file (and the field).
#include "core/encoder/model_bundle.h"
#include "core/util/error.h"
#include "tests/core/compute/test_encoder_fixture.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

template <typename Action> std::string inputErrorOf(Action action)
{
    try {
        action();
    } catch (const InputError& e) {
        return e.what();
    }
    return "no InputError";
}

TEST(ModelManifest, DefaultsAndFieldErrors)
{
    const auto manifest = parseManifest(R"({"format": "near2-model/1", "dim": 8, "tokenizer": "vocab.txt",
                                           "unknown": 1})",
                                        "m.json");
    EXPECT_EQ(manifest.pooling, Pooling::Mean);
    EXPECT_TRUE(manifest.normalize);
    EXPECT_EQ(manifest.maxLength, 128u);
    EXPECT_FALSE(manifest.lowercase.has_value());
    EXPECT_EQ(manifest.queryPrefix, "");
    const auto error = [](const std::string& json) {
        return inputErrorOf([&] { parseManifest(json, "m.json"); });
    };
    EXPECT_NE(error(R"({"format": "near2-model/2", "dim": 8, "tokenizer": "v"})").find("'format'"),
              std::string::npos);
    EXPECT_NE(error(R"({"format": "near2-model/1", "tokenizer": "v"})").find("'dim'"), std::string::npos);
    EXPECT_NE(error(R"({"format": "near2-model/1", "dim": 8, "tokenizer": "v", "pooling": "median"})")
                  .find("'pooling'"),
              std::string::npos);
    EXPECT_NE(error(R"({"format": "near2-model/1", "dim": 8, "tokenizer": "v", "mrl_dims": [4, 16]})")
                  .find("'mrl_dims'"),
              std::string::npos);
    EXPECT_NE(error("{").find("m.json"), std::string::npos);
}

class BadBundle : public ::testing::Test
{
protected:
    void SetUp() override { test::writeBertBundle(folder, {}); }
    test::ScratchDir dir;
    std::filesystem::path folder = dir / "bundle";
};

TEST_F(BadBundle, GoodBundleOpens)
{
    EXPECT_EQ(ModelBundle::open(folder).dim(), 32u);
}

TEST_F(BadBundle, MissingModel)
{
    std::filesystem::remove(folder / "model.pt");
    EXPECT_NE(inputErrorOf([&] { ModelBundle::open(folder); }).find("model.pt"), std::string::npos);
}

TEST_F(BadBundle, CorruptModel)
{
    test::writeText(folder / "model.pt", "not a zip archive");
    EXPECT_NE(inputErrorOf([&] { ModelBundle::open(folder); }).find("model.pt"), std::string::npos);
}

TEST_F(BadBundle, DimDisagreesWithTheModel)
{
    test::writeText(folder / "near2-model.json",
                    R"({"format": "near2-model/1", "dim": 16, "tokenizer": "vocab.txt"})");
    const auto message = inputErrorOf([&] { ModelBundle::open(folder); });
    EXPECT_NE(message.find("model.pt"), std::string::npos) << message;
    EXPECT_NE(message.find("32"), std::string::npos) << message;
}

TEST_F(BadBundle, PoolingNoneNeedsSentenceOutput)
{
    test::writeText(folder / "near2-model.json",
                    R"({"format": "near2-model/1", "dim": 32, "tokenizer": "vocab.txt", "pooling": "none"})");
    EXPECT_NE(inputErrorOf([&] { ModelBundle::open(folder); }).find("pooling 'none'"), std::string::npos);
}

TEST_F(BadBundle, VocabularyWithoutSpecialTokens)
{
    test::writeText(folder / "vocab.txt", "a\nb\n");
    const auto message = inputErrorOf([&] { ModelBundle::open(folder); });
    EXPECT_NE(message.find("vocab.txt"), std::string::npos) << message;
}

TEST_F(BadBundle, MissingManifest)
{
    std::filesystem::remove(folder / "near2-model.json");
    EXPECT_NE(inputErrorOf([&] { ModelBundle::open(folder); }).find("near2-model.json"), std::string::npos);
}

} // namespace
} // namespace near2
