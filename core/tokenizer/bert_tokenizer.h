#pragma once
// A BERT WordPiece tokenizer that gives the same ids as Hugging Face's BertTokenizer: the basic tokenizer,
// then greedy longest-match-first WordPiece ("##" continuations), [UNK] for a word over
// `maxInputCharsPerWord` characters or with no match, and [CLS] … [SEP] with truncation that keeps [SEP].
// Immutable after construction; every method is safe to call from several threads at once.
#include "core/tokenizer/added_tokens.h"
#include "core/tokenizer/basic_tokenizer.h"
#include "core/tokenizer/vocab.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace near2 {

struct BertTokenizerOptions
{
    BasicTokenizerOptions basic;
    std::string unknownToken = "[UNK]";
    std::string continuationPrefix = "##";
    std::size_t maxInputCharsPerWord = 100;
    std::vector<AddedToken> addedTokens; // found in the raw text before the rest (added_tokens.h)
    std::size_t wordPieces = SIZE_MAX;   // the tokens WordPiece may produce (vocab.h)
};

class BertTokenizer
{
public:
    // Throws InputError naming `source` when [UNK], [CLS], [SEP] or [PAD] is missing from the vocabulary.
    BertTokenizer(std::vector<std::string> tokens, BertTokenizerOptions options,
                  const std::filesystem::path& source = {});

    // A vocab.txt or tokenizer.json (read with a size bound). `lowercase`, when given, overrides the file
    // (accents are then stripped exactly when lower-casing unless `stripAccents` is given too).
    static BertTokenizer fromFile(const std::filesystem::path& file,
                                  std::optional<bool> lowercase = std::nullopt,
                                  std::optional<bool> stripAccents = std::nullopt);
    // The same from a file already read and parsed (`source` names it in messages).
    static BertTokenizer fromLoaded(LoadedVocab loaded, const std::filesystem::path& source,
                                    std::optional<bool> lowercase = std::nullopt,
                                    std::optional<bool> stripAccents = std::nullopt);

    // The WordPiece ids of `text`, without [CLS]/[SEP] and untruncated, appended to `ids`.
    void tokenizeInto(std::string_view text, std::vector<std::int32_t>& ids) const;
    std::vector<std::int32_t> tokenize(std::string_view text) const;

    // [CLS] ids [SEP], cut to at most `maxLength` ids (≥ 2) keeping [SEP].
    std::vector<std::int32_t> encode(std::string_view text, std::size_t maxLength) const;

    const WordPieceVocab& vocab() const { return m_vocab; }
    const BertTokenizerOptions& options() const { return m_options; }
    std::int32_t unknownId() const { return m_unknownId; }
    std::int32_t clsId() const { return m_clsId; }
    std::int32_t sepId() const { return m_sepId; }
    std::int32_t padId() const { return m_padId; }

private:
    void wordPiece(std::string_view word, std::uint32_t chars, std::vector<std::int32_t>& ids) const;
    void tokenizeNormalizedTokens(std::string_view text, std::vector<std::int32_t>& ids) const;
    void tokenizeWords(std::string_view text, std::vector<std::int32_t>& ids) const;

    WordPieceVocab m_vocab;
    BertTokenizerOptions m_options;
    BasicTokenizer m_basic;
    AddedTokenMatcher m_added;           // looked for in the raw text
    AddedTokenMatcher m_addedNormalized; // "normalized": looked for in the normalised text between those
    std::int32_t m_unknownId = -1;
    std::int32_t m_clsId = -1;
    std::int32_t m_sepId = -1;
    std::int32_t m_padId = -1;
};

} // namespace near2
