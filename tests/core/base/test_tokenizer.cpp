// The tokenizer on a small hand-made vocabulary: WordPiece, [UNK], CJK, accents, truncation, bad
// vocabularies.
#include "core/tokenizer/bert_tokenizer.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

namespace near2 {
namespace {

// ids: [PAD]=0 [UNK]=1 [CLS]=2 [SEP]=3 then the rest in order.
const std::vector<std::string> kTokens = {"[PAD]", "[UNK]",  "[CLS]", "[SEP]", "usb", "cable", "##s",
                                          "un",    "##able", "cafe",  "!",     "-",   "中",    "文",
                                          "e",     "##e",    "Cafe",  "4k",    "tv",  "##b"};

BertTokenizer makeTokenizer(bool lowercase = true)
{
    BertTokenizerOptions options;
    options.basic.lowercase = lowercase;
    options.basic.stripAccents = lowercase;
    return BertTokenizer(kTokens, options, "test-vocab.txt");
}

using Ids = std::vector<std::int32_t>;

TEST(Tokenizer, SplitsWordsIntoLongestPieces)
{
    const auto tokenizer = makeTokenizer();
    EXPECT_EQ(tokenizer.tokenize("USB cables"), (Ids{4, 5, 6}));
    EXPECT_EQ(tokenizer.tokenize("unable"), (Ids{7, 8}));
    EXPECT_EQ(tokenizer.tokenize("usbb"), (Ids{4, 19}));
}

TEST(Tokenizer, UnmatchedWordBecomesOneUnknown)
{
    const auto tokenizer = makeTokenizer();
    EXPECT_EQ(tokenizer.tokenize("usbx cable"), (Ids{1, 5}));
    EXPECT_EQ(tokenizer.tokenize("🚀 tv"), (Ids{1, 18}));
}

TEST(Tokenizer, WordOverHundredCharactersIsUnknown)
{
    const auto tokenizer = makeTokenizer();
    Ids hundred{14};
    hundred.insert(hundred.end(), 99, 15);
    EXPECT_EQ(tokenizer.tokenize(std::string(100, 'e')), hundred);
    EXPECT_EQ(tokenizer.tokenize(std::string(101, 'e')), (Ids{1}));
    EXPECT_EQ(tokenizer.tokenize(std::string(101, 'e') + " tv"), (Ids{1, 18}));
}

TEST(Tokenizer, PunctuationIsIsolated)
{
    const auto tokenizer = makeTokenizer();
    EXPECT_EQ(tokenizer.tokenize("usb-cable!"), (Ids{4, 11, 5, 10}));
    EXPECT_EQ(tokenizer.tokenize("4K\tTV"), (Ids{17, 18}));
}

TEST(Tokenizer, CjkIdeographsAreSingleTokens)
{
    const auto tokenizer = makeTokenizer();
    EXPECT_EQ(tokenizer.tokenize("中文usb"), (Ids{12, 13, 4}));
}

TEST(Tokenizer, AccentsAreStrippedWhenLowercasing)
{
    EXPECT_EQ(makeTokenizer().tokenize("CAFÉ Café cafe\xCC\x81"), (Ids{9, 9, 9}));
    EXPECT_EQ(makeTokenizer(false).tokenize("Cafe cafe"), (Ids{16, 9}));
    EXPECT_EQ(makeTokenizer(false).tokenize("Café"), (Ids{1}));
}

TEST(Tokenizer, ControlCharactersAndInvalidUtf8AreDropped)
{
    const auto tokenizer = makeTokenizer();
    EXPECT_EQ(tokenizer.tokenize(std::string("us\x01"
                                             "b\x7f") +
                                 "\xff cable"),
              (Ids{4, 5}));
    EXPECT_EQ(tokenizer.tokenize("us\xe2\x80\x8b"
                                 "b"),
              (Ids{4})); // zero-width space is a format character
}

TEST(Tokenizer, EncodeTruncatesKeepingSep)
{
    const auto tokenizer = makeTokenizer();
    EXPECT_EQ(tokenizer.encode("usb cables", 128), (Ids{2, 4, 5, 6, 3}));
    EXPECT_EQ(tokenizer.encode("usb cables", 4), (Ids{2, 4, 5, 3}));
    EXPECT_EQ(tokenizer.encode("usb cables", 2), (Ids{2, 3}));
    EXPECT_EQ(tokenizer.encode("", 8), (Ids{2, 3}));
}

TEST(Tokenizer, VocabularyWithoutSpecialTokensIsRejected)
{
    test::ScratchDir dir;
    test::writeText(dir / "vocab.txt", "[PAD]\n[CLS]\n[SEP]\nusb\n");
    try {
        BertTokenizer::fromFile(dir / "vocab.txt");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), dir / "vocab.txt");
        EXPECT_NE(std::string(e.what()).find("[UNK]"), std::string::npos);
    }
    EXPECT_THROW(BertTokenizer::fromFile(dir / "missing.txt"), InputError);
}

TEST(Tokenizer, TokenizerJsonMustBeWordPiece)
{
    test::ScratchDir dir;
    test::writeText(dir / "tokenizer.json", R"({"model": {"type": "BPE", "vocab": {}}})");
    EXPECT_THROW(BertTokenizer::fromFile(dir / "tokenizer.json"), InputError);
    test::writeText(dir / "broken.json", "{");
    EXPECT_THROW(BertTokenizer::fromFile(dir / "broken.json"), InputError);
    test::writeText(dir / "small.json", R"({"normalizer": {"type": "BertNormalizer", "lowercase": false},
        "model": {"type": "WordPiece", "vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "Tv": 4}}})");
    const auto tokenizer = BertTokenizer::fromFile(dir / "small.json");
    EXPECT_FALSE(tokenizer.options().basic.lowercase);
    EXPECT_EQ(tokenizer.tokenize("Tv tv"), (Ids{4, 1}));
}

// Found by fuzz_tokenizer: a field of the wrong JSON type escaped as nlohmann's type_error (a crash in the
// CLI, an unexplained failure in the GUI) instead of an InputError naming the field.
TEST(Tokenizer, TokenizerJsonFieldsOfTheWrongTypeNameTheField)
{
    test::ScratchDir dir;
    const std::string vocab = R"("vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3})";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {R"({"model": 5})", "model"},
        {R"({"model": {"type": 7, )" + vocab + "}}", "model.type"},
        {R"({"model": {"type": "WordPiece", "unk_token": 5, )" + vocab + "}}", "model.unk_token"},
        {R"({"model": {"type": "WordPiece", "continuing_subword_prefix": [], )" + vocab + "}}",
         "model.continuing_subword_prefix"},
        {R"({"model": {"type": "WordPiece", "max_input_chars_per_word": -1, )" + vocab + "}}",
         "model.max_input_chars_per_word"},
        {R"({"model": {"type": "WordPiece", "max_input_chars_per_word": "9", )" + vocab + "}}",
         "model.max_input_chars_per_word"},
        {R"({"normalizer": 5, "model": {"type": "WordPiece", )" + vocab + "}}", "normalizer"},
        {R"({"normalizer": {"type": 1}, "model": {"type": "WordPiece", )" + vocab + "}}", "normalizer.type"},
        // Not BERT's pipeline: Hugging Face would give other ids.
        {R"({"normalizer": {"type": "BertNormalizer", "clean_text": false}, "model": {"type": "WordPiece", )" +
             vocab + "}}",
         "normalizer.clean_text"},
        {R"({"pre_tokenizer": {"type": "Whitespace"}, "model": {"type": "WordPiece", )" + vocab + "}}",
         "pre_tokenizer"},
        {R"({"post_processor": null, "model": {"type": "WordPiece", )" + vocab + "}}", "post_processor"},
        {R"({"post_processor": {"type": "BertProcessing", "cls": ["<s>", 0]}, "model": {"type": "WordPiece", )" +
             vocab + "}}",
         "post_processor"},
        {R"({"post_processor": {"type": "TemplateProcessing", "single": [{"Sequence": {"id": "A"}}]},
            "model": {"type": "WordPiece", )" +
             vocab + "}}",
         "post_processor"},
    };
    for (const auto& [json, field] : cases) {
        test::writeText(dir / "tokenizer.json", json);
        try {
            (void)BertTokenizer::fromFile(dir / "tokenizer.json");
            ADD_FAILURE() << "accepted " << json;
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(field), std::string::npos) << e.what() << " for " << json;
        }
    }
    test::writeText(dir / "tokenizer.json",
                    R"({"normalizer": null, "model": {"type": "WordPiece", "unk_token": null, )" + vocab +
                        "}}");
    const auto unnormalized = BertTokenizer::fromFile(dir / "tokenizer.json");
    EXPECT_EQ(unnormalized.tokenize("x"), (Ids{1}));
    EXPECT_FALSE(unnormalized.options().basic.lowercase); // no normalizer: Hugging Face keeps the case
    EXPECT_FALSE(unnormalized.options().basic.stripAccents);
    test::writeText(dir / "tokenizer.json", R"({"pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "BertProcessing"}, "model": {"type": "WordPiece", )" +
                                                vocab + "}}");
    EXPECT_NO_THROW((void)BertTokenizer::fromFile(dir / "tokenizer.json"));
}

// Hugging Face finds added tokens in the raw text first, leftmost and longest: "[SEP]" typed in a title is
// one [SEP], not "[", "sep", "]"; the text around it is tokenized as usual. Expected ids written by hand.
TEST(Tokenizer, AddedTokensInTheTextKeepTheirIds)
{
    test::ScratchDir dir;
    test::writeText(dir / "vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nusb\ncable\n[\n]\nse\n##p\n");
    const auto fromTxt = BertTokenizer::fromFile(dir / "vocab.txt");
    EXPECT_EQ(fromTxt.tokenize("USB [SEP] cable"), (Ids{5, 3, 6}));
    EXPECT_EQ(fromTxt.tokenize("usb[MASK]cable[SEP]"), (Ids{5, 4, 6, 3}));
    EXPECT_EQ(fromTxt.tokenize("usb [sep] cable"),
              (Ids{5, 7, 9, 10, 8, 6})); // case-sensitive, as the raw text
    EXPECT_EQ(fromTxt.encode("[SEP]", 8), (Ids{2, 3, 3}));

    test::writeText(dir / "tokenizer.json", R"({"normalizer": {"type": "BertNormalizer", "lowercase": true},
        "added_tokens": [{"id": 3, "content": "[SEP]", "special": true},
                         {"id": 7, "content": "usb-c", "normalized": false},
                         {"id": 8, "content": "usb-c pd", "normalized": false},
                         {"id": 9, "content": "pd", "single_word": true, "normalized": false}],
        "model": {"type": "WordPiece", "vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3,
                  "usb": 4, "-": 5, "cable": 6}}})");
    const auto fromJson = BertTokenizer::fromFile(dir / "tokenizer.json");
    EXPECT_EQ(fromJson.vocab().size(), 10U); // ids 7-9 extend model.vocab
    EXPECT_EQ(fromJson.tokenize("usb-c cable"), (Ids{7, 6}));
    EXPECT_EQ(fromJson.tokenize("usb-c pd cable"), (Ids{8, 6})); // the longest at the leftmost position
    EXPECT_EQ(fromJson.tokenize("cable pd"), (Ids{6, 9}));
    EXPECT_EQ(fromJson.tokenize("cablepd"), (Ids{1}));     // single_word: not inside a word
    EXPECT_EQ(fromJson.tokenize("USB-C"), (Ids{4, 5, 1})); // matched before lower-casing: "c" is unknown
}

// Added tokens marked "normalized" (the default for a non-special token) are looked for in the normalised
// text, their content normalised the same way: "WI-FI" finds "Wi-Fi" under a lower-casing normaliser, "CAFÉ"
// finds "Café" where accents are stripped. Raw-text tokens are split out first. A single_word token is not
// alone beside '_' or a letter outside ASCII, and is beside punctuation outside ASCII. Ids written by hand
// (Hugging Face's tokenizers: added_vocabulary.rs, AddedToken::from and refresh_added_tokens).
TEST(Tokenizer, NormalizedAddedTokensAreFoundInTheNormalisedText)
{
    test::ScratchDir dir;
    test::writeText(dir / "tokenizer.json", R"({"normalizer": {"type": "BertNormalizer", "lowercase": true},
        "added_tokens": [{"id": 3, "content": "[SEP]", "special": true, "normalized": false},
                         {"id": 7, "content": "Wi-Fi", "special": false, "normalized": true},
                         {"id": 8, "content": "Café", "normalized": true},
                         {"id": 9, "content": "USB-C"},
                         {"id": 10, "content": "pd", "single_word": true, "normalized": false}],
        "model": {"type": "WordPiece", "vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3,
                  "router": 4, "-": 5, "wi": 6}}})");
    const auto lowercasing = BertTokenizer::fromFile(dir / "tokenizer.json");
    EXPECT_EQ(lowercasing.tokenize("WI-FI router"), (Ids{7, 4}));
    EXPECT_EQ(lowercasing.tokenize("wi-fi"), (Ids{7}));
    EXPECT_EQ(lowercasing.tokenize("CAFÉ\trouter"), (Ids{8, 4}));
    EXPECT_EQ(lowercasing.tokenize("Wi-Fi[SEP]router"), (Ids{7, 3, 4}));
    EXPECT_EQ(lowercasing.tokenize("usb-c"), (Ids{9})); // no "normalized" and not special: normalised
    EXPECT_EQ(lowercasing.tokenize("wifi"), (Ids{1}));
    EXPECT_EQ(lowercasing.tokenize("wi - fi"), (Ids{6, 5, 1}));
    EXPECT_EQ(lowercasing.tokenize("x_pd"), (Ids{1, 1, 1})); // '_' is part of the word; WordPiece never
                                                             // produces an added token beyond model.vocab
    EXPECT_EQ(lowercasing.vocab().find("pd"), 10);
    EXPECT_EQ(lowercasing.tokenize("\xC3\xA9pd"), (Ids{1}));         // so is "é"
    EXPECT_EQ(lowercasing.tokenize("\xE2\x80\x94pd"), (Ids{1, 10})); // an em dash is not

    const auto cased = BertTokenizer::fromFile(dir / "tokenizer.json", false);
    EXPECT_EQ(cased.tokenize("Wi-Fi router"), (Ids{7, 4}));
    EXPECT_EQ(cased.tokenize("WI-FI"), (Ids{1, 5, 1})); // a cased normaliser keeps "WI-FI" apart
    EXPECT_EQ(cased.tokenize("Café"), (Ids{8}));
}

TEST(Tokenizer, MalformedAddedTokensNameTheField)
{
    test::ScratchDir dir;
    const std::string vocab =
        R"("model": {"type": "WordPiece", "vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3}})";
    for (const auto& [added, field] : std::vector<std::pair<std::string, std::string>>{
             {R"("added_tokens": {})", "added_tokens"},
             {R"("added_tokens": [{"id": 4}])", "added_tokens[0].content"},
             {R"("added_tokens": [{"content": "x"}])", "added_tokens[0].id"},
             {R"("added_tokens": [{"id": -1, "content": "x"}])", "added_tokens[0].id"},
             {R"("added_tokens": [{"id": 4, "content": ""}])", "added_tokens[0].content"}}) {
        test::writeText(dir / "tokenizer.json", "{" + added + ", " + vocab + "}");
        try {
            (void)BertTokenizer::fromFile(dir / "tokenizer.json");
            ADD_FAILURE() << "accepted " << added;
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(field), std::string::npos) << e.what();
        }
    }
}

} // namespace
} // namespace near2
