// The 47 reference tokenizations in ../shared/data/vocab, with vocab.txt and with tokenizer.json.
#include "core/tokenizer/bert_tokenizer.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <sstream>

namespace near2 {
namespace {

std::vector<std::string> splitOn(const std::string& text, const std::string& separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at; (at = text.find(separator, start)) != std::string::npos;
         start = at + separator.size())
        parts.push_back(text.substr(start, at - start));
    parts.push_back(text.substr(start));
    return parts;
}

std::vector<std::int32_t> parseIds(const std::string& line)
{
    std::vector<std::int32_t> ids;
    std::istringstream in(line);
    for (std::int32_t id; in >> id;)
        ids.push_back(id);
    return ids;
}

void expectReferenceTokenizations(const BertTokenizer& tokenizer, const std::filesystem::path& directory)
{
    const auto inputs =
        splitOn(test::readText(directory / "ggml-vocab-bert-bge.gguf.inp"), "\n__ggml_vocab_test__\n");
    const auto outputs = splitOn(test::readText(directory / "ggml-vocab-bert-bge.gguf.out"), "\n");
    ASSERT_GE(inputs.size(), 47u);
    ASSERT_GE(outputs.size(), 47u);
    for (std::size_t i = 0; i < 47; ++i)
        EXPECT_EQ(tokenizer.tokenize(inputs[i]), parseIds(outputs[i]))
            << "reference " << i << ": " << inputs[i];
}

TEST(TokenizerReference, VocabTxtReproducesAll47)
{
    NEAR2_REQUIRE_SHARED(vocab, "data/vocab/vocab.ms-marco-MiniLM-L-12-v2.from-tokenizer-json.txt");
    expectReferenceTokenizations(BertTokenizer::fromFile(vocab), vocab.parent_path());
}

TEST(TokenizerReference, TokenizerJsonReproducesAll47)
{
    NEAR2_REQUIRE_SHARED(json, "data/vocab/tokenizer.ms-marco-MiniLM-L-12-v2.json");
    const BertTokenizer tokenizer = BertTokenizer::fromFile(json);
    EXPECT_TRUE(tokenizer.options().basic.lowercase);
    EXPECT_EQ(tokenizer.vocab().size(), 30522u);
    expectReferenceTokenizations(tokenizer, json.parent_path());
}

TEST(TokenizerReference, EncodeAddsClsAndSep)
{
    NEAR2_REQUIRE_SHARED(vocab, "data/vocab/vocab.ms-marco-MiniLM-L-12-v2.from-tokenizer-json.txt");
    const BertTokenizer tokenizer = BertTokenizer::fromFile(vocab);
    EXPECT_EQ(tokenizer.encode("Hello, world!", 128),
              (std::vector<std::int32_t>{101, 7592, 1010, 2088, 999, 102}));
    EXPECT_EQ(tokenizer.encode("Hello, world!", 4), (std::vector<std::int32_t>{101, 7592, 1010, 102}));
}

} // namespace
} // namespace near2
