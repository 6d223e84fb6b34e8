// The encoder on BERT-shaped TorchScript models with random weights: pooling, padding invariance, truncation,
// prefixes, progress and cancellation.
#include "core/encoder/text_encoder.h"
#include "core/util/error.h"
#include "tests/core/compute/test_encoder_fixture.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <torch/script.h>

namespace near2 {
namespace {

// The model's own token embeddings for one id sequence, pooled by hand.
std::vector<float> referencePooled(const ModelBundle& bundle, const std::vector<std::int32_t>& ids,
                                   Pooling pooling)
{
    auto module = torch::jit::load((bundle.folder() / "model.pt").string());
    const auto tensor = torch::tensor(std::vector<std::int64_t>(ids.begin(), ids.end())).unsqueeze(0);
    const auto tokens = module.forward({tensor, torch::ones_like(tensor)}).toTensor()[0];
    auto pooled = tokens.dim() == 1 ? tokens : pooling == Pooling::Cls ? tokens[0] : tokens.mean(0);
    pooled = pooled / pooled.norm();
    return {pooled.data_ptr<float>(), pooled.data_ptr<float>() + pooled.numel()};
}

void expectNear(std::span<const float> actual, std::span<const float> expected, double tolerance = 1e-5)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        ASSERT_NEAR(actual[i], expected[i], tolerance) << "at " << i;
}

class EncoderTest : public ::testing::Test
{
protected:
    ModelBundle bundleWith(const std::string& manifestFields, test::BertShape shape = {})
    {
        const auto folder = dir / ("bundle" + std::to_string(++count));
        test::writeBertBundle(folder, shape, manifestFields);
        return ModelBundle::open(folder);
    }
    test::ScratchDir dir;
    int count = 0;
    EncodeOptions options{.batchSize = 3, .device = "cpu"};
};

TEST_F(EncoderTest, MeanAndClsPoolingMatchTheModelsTokenEmbeddings)
{
    for (const Pooling pooling : {Pooling::Mean, Pooling::Cls}) {
        const auto bundle = bundleWith(std::string(R"("pooling": ")") + poolingName(pooling) + "\",");
        const auto matrix =
            encodeTexts(bundle, {"usb cable", "cordless drill, hammer"}, TextKind::Document, options, {});
        ASSERT_EQ(matrix.rows(), 2u);
        ASSERT_EQ(matrix.dim(), 32u);
        expectNear(
            matrix.row(1),
            referencePooled(bundle, bundle.tokenizer().encode("cordless drill, hammer", 128), pooling));
    }
}

TEST_F(EncoderTest, SentenceOutputIsUsedAsIs)
{
    const auto bundle = bundleWith(R"("pooling": "none",)", {.sentenceOutput = true});
    const auto matrix = encodeTexts(bundle, {"usb cable"}, TextKind::Query, options, {});
    expectNear(matrix.row(0),
               referencePooled(bundle, bundle.tokenizer().encode("usb cable", 128), Pooling::Cls));
}

TEST_F(EncoderTest, PaddingDoesNotChangeVectors)
{
    const auto bundle = bundleWith("");
    const std::vector<std::string> texts = {
        "drill", "a much longer cordless drill with a hammer and a usb cable", "usb", "cable drill"};
    const auto alone =
        encodeTexts(bundle, {"drill"}, TextKind::Document, {.batchSize = 1, .device = "cpu"}, {});
    const auto padded = encodeTexts(bundle, texts, TextKind::Document, {.batchSize = 4, .device = "cpu"}, {});
    expectNear(padded.row(0), alone.row(0));
    for (std::size_t i = 0; i < padded.rows(); ++i) {
        double norm = 0;
        for (const float v : padded.row(i))
            norm += v * v;
        EXPECT_NEAR(norm, 1.0, 1e-5);
    }
}

TEST_F(EncoderTest, LongTextsAreTruncatedKeepingSep)
{
    const auto bundle = bundleWith(R"("max_length": 6,)");
    const auto ids = textIds(bundle, "usb cable drill hammer cordless drill", TextKind::Document);
    ASSERT_EQ(ids.size(), 6u);
    EXPECT_EQ(ids.back(), bundle.tokenizer().sepId());
    const auto cut =
        encodeTexts(bundle, {"usb cable drill hammer cordless drill"}, TextKind::Document, options, {});
    const auto shorter = encodeTexts(bundle, {"usb cable drill hammer"}, TextKind::Document, options, {});
    expectNear(cut.row(0), shorter.row(0));
}

TEST_F(EncoderTest, PrefixesDependOnTheKind)
{
    const auto bundle = bundleWith(R"("query_prefix": "query: ",)");
    const auto query = encodeTexts(bundle, {"drill"}, TextKind::Query, options, {});
    const auto document = encodeTexts(bundle, {"query: drill"}, TextKind::Document, options, {});
    expectNear(query.row(0), document.row(0));
}

TEST_F(EncoderTest, ReportsProgressAndStopsWhenCancelled)
{
    const auto bundle = bundleWith("");
    std::vector<std::string> texts;
    for (char c = 'a'; c < 'k'; ++c)
        texts.push_back(std::string("usb cable ") + c);
    std::vector<std::int64_t> reported;
    CancelToken token;
    JobControl job{[&](const Progress& progress) {
                       reported.push_back(progress.done);
                       if (progress.done >= 6)
                           token.cancel();
                   },
                   &token};
    EXPECT_THROW(encodeTexts(bundle, texts, TextKind::Document, options, job), CancelledError);
    EXPECT_EQ(reported, (std::vector<std::int64_t>{0, 3, 6}));
}

// Each distinct text is encoded once: a later copy, in another chunk (here every text is a chunk of its own)
// or after a resume, takes its first occurrence's row as written, bit for bit.
TEST_F(EncoderTest, LaterCopiesOfATextTakeTheRowOfItsFirst)
{
    const auto bundle = bundleWith("");
    const std::vector<std::string> texts = {"usb cable", "drill",     "red hammer", "usb cable",
                                            "lamp",      "usb cable", "drill"};
    const std::size_t dim = bundle.dim();
    const EncodeOptions oneByOne{.batchSize = 1, .device = "cpu", .checkpointEveryBatches = 1};
    std::vector<float> out(texts.size() * dim, -1.0F);
    const EncodedRows collect = [&](std::size_t first, std::size_t rows, const float* values) {
        std::copy_n(values, rows * dim, out.data() + first * dim);
    };
    std::vector<std::int64_t> reported;
    const JobControl watching{[&](const Progress& progress) { reported.push_back(progress.done); }, nullptr};
    encodeStream(bundle, texts, TextKind::Document, oneByOne, watching, 0, collect,
                 [&](std::size_t row, float* values) { std::copy_n(out.data() + row * dim, dim, values); });
    ASSERT_FALSE(reported.empty());
    EXPECT_EQ(reported.back(), 7) << "the last chunk holds only a copy; its progress is reported too";
    const auto row = [&](std::size_t i) {
        return std::vector<float>(out.begin() + i * dim, out.begin() + (i + 1) * dim);
    };
    EXPECT_EQ(row(3), row(0));
    EXPECT_EQ(row(5), row(0));
    EXPECT_EQ(row(6), row(1));
    EXPECT_NE(row(4), row(0));

    // Resumed at row 3: the rows before it are read back, not encoded again (a marked row shows which).
    std::vector<std::size_t> readBack;
    std::fill(out.begin() + 3 * dim, out.end(), -1.0F);
    encodeStream(bundle, texts, TextKind::Document, oneByOne, {}, 3, collect,
                 [&](std::size_t r, float* values) {
                     readBack.push_back(r);
                     std::fill_n(values, dim, 7.0F + static_cast<float>(r));
                 });
    EXPECT_EQ(readBack, (std::vector<std::size_t>{0, 0, 1}));
    EXPECT_EQ(row(3), std::vector<float>(dim, 7.0F));
    EXPECT_EQ(row(5), std::vector<float>(dim, 7.0F));
    EXPECT_EQ(row(6), std::vector<float>(dim, 8.0F));
    EXPECT_NE(row(4), std::vector<float>(dim, -1.0F));
}

} // namespace
} // namespace near2
