#pragma once
// A WordPiece vocabulary: token ↔ id, with word-initial pieces and continuation pieces ("##ing") looked up
// separately so that WordPiece never builds "##" strings. Immutable after loading; safe to share across
// threads.
#include "core/tokenizer/added_tokens.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace near2 {

struct TransparentStringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

using TokenIdMap = std::unordered_map<std::string, std::int32_t, TransparentStringHash, std::equal_to<>>;

class WordPieceVocab
{
public:
    // `tokens[id]` is the token with that id; `continuationPrefix` marks pieces inside a word. Only the first
    // `wordPieces` tokens are WordPiece's pieces: those after them are added tokens beyond the model's
    // vocabulary, found by find() but never produced by WordPiece (as in Hugging Face).
    WordPieceVocab(std::vector<std::string> tokens, std::string continuationPrefix = "##",
                   std::size_t wordPieces = SIZE_MAX);

    std::size_t size() const { return m_tokens.size(); }
    const std::string& token(std::int32_t id) const { return m_tokens.at(static_cast<std::size_t>(id)); }
    std::optional<std::int32_t> find(std::string_view token) const; // the full token, prefix included

    // A piece at the start of a word, or a continuation piece given without its prefix; -1 when absent.
    std::int32_t findInitial(std::string_view piece) const;
    std::int32_t findContinuation(std::string_view pieceWithoutPrefix) const;
    std::size_t longestPieceBytes() const { return m_longestPieceBytes; }

private:
    std::vector<std::string> m_tokens;
    TokenIdMap m_initial;
    TokenIdMap m_addedBeyondPieces;
    TokenIdMap m_continuation;
    std::size_t m_longestPieceBytes = 0;
};

// Tokenizer settings read along with a vocabulary (a tokenizer.json carries them; vocab.txt does not).
struct TokenizerFileSettings
{
    std::optional<bool> lowercase;    // from the normalizer, when the file says
    std::optional<bool> stripAccents; // null in tokenizer.json means "same as lowercase"
    bool bertNormalizer = false;      // tokenizer.json's normalizer is a BertNormalizer (not null or absent)
    // tokenizer.json's added_tokens; for vocab.txt, the special tokens transformers never splits.
    std::vector<AddedToken> addedTokens;
    std::string unknownToken = "[UNK]";
    std::string continuationPrefix = "##";
    std::size_t maxInputCharsPerWord = 100;
};

struct LoadedVocab
{
    std::vector<std::string> tokens; // by id
    // tokenizer.json: the ids model.vocab spans (added tokens may extend `tokens` beyond them).
    std::size_t wordPieces = SIZE_MAX;
    TokenizerFileSettings settings;
};

// By extension: .json → a Hugging Face tokenizer.json whose model is WordPiece; anything else → vocab.txt,
// one token per line (line number − 1 = id). Throws InputError naming the file (and the field).
LoadedVocab loadVocabFile(const std::filesystem::path& file);
// The same from the file's bytes, read once by a caller that also needs them (a model's content hash).
LoadedVocab parseVocabFile(const std::string& bytes, const std::filesystem::path& file);
// Reads `file` with the size bound every tokenizer file has.
std::string readTokenizerFileBytes(const std::filesystem::path& file);

} // namespace near2
