#include "core/tokenizer/vocab.h"

#include "core/tokenizer/tokenizer_pipeline.h"
#include "core/util/bounded_read.h"
#include "core/util/error.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

namespace near2 {

WordPieceVocab::WordPieceVocab(std::vector<std::string> tokens, std::string continuationPrefix,
                               std::size_t wordPieces)
    : m_tokens(std::move(tokens))
{
    m_initial.reserve(m_tokens.size());
    for (std::size_t id = 0; id < m_tokens.size(); ++id) {
        const std::string& token = m_tokens[id];
        if (token.empty())
            continue;
        const auto tokenId = static_cast<std::int32_t>(id);
        if (id >= wordPieces) {
            m_addedBeyondPieces[token] = tokenId;
            continue;
        }
        m_initial[token] = tokenId; // a later duplicate wins, as in Hugging Face's load_vocab
        m_longestPieceBytes = std::max(m_longestPieceBytes, token.size());
        if (!continuationPrefix.empty() && token.size() > continuationPrefix.size() &&
            token.starts_with(continuationPrefix))
            m_continuation[token.substr(continuationPrefix.size())] = tokenId;
    }
}

std::optional<std::int32_t> WordPieceVocab::find(std::string_view token) const
{
    if (const auto it = m_initial.find(token); it != m_initial.end())
        return it->second;
    if (const auto it = m_addedBeyondPieces.find(token); it != m_addedBeyondPieces.end())
        return it->second;
    return std::nullopt;
}

std::int32_t WordPieceVocab::findInitial(std::string_view piece) const
{
    const auto it = m_initial.find(piece);
    return it == m_initial.end() ? -1 : it->second;
}

std::int32_t WordPieceVocab::findContinuation(std::string_view pieceWithoutPrefix) const
{
    const auto it = m_continuation.find(pieceWithoutPrefix);
    return it == m_continuation.end() ? -1 : it->second;
}

namespace {

LoadedVocab parseVocabTxt(const std::string& bytes, const std::filesystem::path& file)
{
    std::istringstream in(bytes);
    LoadedVocab vocab;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        vocab.tokens.push_back(std::move(line));
    }
    if (vocab.tokens.empty())
        throw InputError(file, "the vocabulary file is empty");
    for (std::size_t id = 0; id < vocab.tokens.size(); ++id)
        for (const char* special : {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"})
            if (vocab.tokens[id] == special)
                vocab.settings.addedTokens.push_back({special, static_cast<std::int32_t>(id), false});
    return vocab;
}

const nlohmann::json& requireField(const std::filesystem::path& file, const nlohmann::json& object,
                                   const std::string& field, const std::string& path)
{
    if (!object.is_object() || !object.contains(field))
        throw InputError(file, path, "missing");
    return object.at(field);
}

// The optional string `field` of `object` (at `path`), or `fallback` when it is absent or null.
std::string optionalString(const std::filesystem::path& file, const nlohmann::json& object,
                           const std::string& field, const std::string& path, const std::string& fallback)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return fallback;
    if (!it->is_string())
        throw InputError(file, path + "." + field, "expected a string");
    return it->get<std::string>();
}

std::size_t optionalCount(const std::filesystem::path& file, const nlohmann::json& object,
                          const std::string& field, const std::string& path, std::size_t fallback)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return fallback;
    if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
        throw InputError(file, path + "." + field, "expected a non-negative integer");
    return static_cast<std::size_t>(it->get<std::int64_t>());
}

void readNormalizer(const std::filesystem::path& file, const nlohmann::json& normalizer,
                    TokenizerFileSettings& settings)
{
    if (normalizer.is_null()) { // Hugging Face then neither lower-cases nor strips accents
        settings.lowercase = false;
        settings.stripAccents = false;
        return;
    }
    if (!normalizer.is_object())
        throw InputError(file, "normalizer", "expected an object or null");
    const std::string type = optionalString(file, normalizer, "type", "normalizer", "");
    if (type != "BertNormalizer")
        throw InputError(file, "normalizer.type", "expected BertNormalizer, got '" + type + "'");
    settings.bertNormalizer = true;
    // near2 always cleans the text and splits CJK ideographs into words, as BertNormalizer does by default.
    for (const char* always : {"clean_text", "handle_chinese_chars"})
        if (normalizer.contains(always) && normalizer[always] == false)
            throw InputError(file, std::string("normalizer.") + always, "false is not supported (only true)");
    if (normalizer.contains("lowercase") && normalizer["lowercase"].is_boolean())
        settings.lowercase = normalizer["lowercase"].get<bool>();
    if (normalizer.contains("strip_accents") && normalizer["strip_accents"].is_boolean())
        settings.stripAccents = normalizer["strip_accents"].get<bool>();
}

// A token id of tokenizer.json (at `path`): a whole number from 0 to 10^7.
std::size_t tokenIndex(const std::filesystem::path& file, const nlohmann::json& id, const std::string& path)
{
    if (!id.is_number_integer() || id.get<std::int64_t>() < 0 || id.get<std::int64_t>() > 10'000'000)
        throw InputError(file, path, "expected a non-negative integer id");
    return static_cast<std::size_t>(id.get<std::int64_t>());
}

// tokenizer.json's added_tokens: [{"id", "content", "single_word", …}]. An id beyond model.vocab extends the
// vocabulary (the model's word embeddings must then have that row).
void readAddedTokens(const std::filesystem::path& file, const nlohmann::json& root, LoadedVocab& vocab)
{
    const auto it = root.find("added_tokens");
    if (it == root.end() || it->is_null())
        return;
    if (!it->is_array())
        throw InputError(file, "added_tokens", "expected an array");
    for (std::size_t i = 0; i < it->size(); ++i) {
        const auto& entry = (*it)[i];
        const std::string path = "added_tokens[" + std::to_string(i) + "]";
        const auto& content = requireField(file, entry, "content", path + ".content");
        const auto& id = requireField(file, entry, "id", path + ".id");
        if (!content.is_string() || content.get<std::string>().empty())
            throw InputError(file, path + ".content", "expected a non-empty string");
        const std::size_t index = tokenIndex(file, id, path + ".id");
        if (index >= vocab.tokens.size())
            vocab.tokens.resize(index + 1);
        if (vocab.tokens[index].empty())
            vocab.tokens[index] = content.get<std::string>();
        const auto flag = [&entry](const char* key, bool absent) {
            const auto value = entry.find(key);
            return value != entry.end() && value->is_boolean() ? value->get<bool>() : absent;
        };
        // Absent "normalized": as tokenizers' AddedToken::from, special tokens are not normalised, others
        // are.
        vocab.settings.addedTokens.push_back({content.get<std::string>(), static_cast<std::int32_t>(index),
                                              flag("single_word", false),
                                              flag("normalized", !flag("special", false))});
    }
}

LoadedVocab parseTokenizerJson(const std::string& text, const std::filesystem::path& file)
{
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, std::string("not valid JSON: ") + e.what());
    }
    LoadedVocab vocab;
    const auto& model = requireField(file, root, "model", "model");
    if (!model.is_object())
        throw InputError(file, "model", "expected an object");
    const std::string type = optionalString(file, model, "type", "model", "");
    if (type != "WordPiece")
        throw InputError(file, "model.type", "expected WordPiece, got '" + type + "'");
    const auto& tokens = requireField(file, model, "vocab", "model.vocab");
    if (!tokens.is_object() || tokens.empty())
        throw InputError(file, "model.vocab", "expected a non-empty object of token → id");
    for (const auto& [token, id] : tokens.items()) {
        const std::size_t index = tokenIndex(file, id, "model.vocab." + token);
        if (index >= vocab.tokens.size())
            vocab.tokens.resize(index + 1);
        vocab.tokens[index] = token;
    }
    vocab.wordPieces = vocab.tokens.size();
    auto& settings = vocab.settings;
    settings.unknownToken = optionalString(file, model, "unk_token", "model", settings.unknownToken);
    settings.continuationPrefix =
        optionalString(file, model, "continuing_subword_prefix", "model", settings.continuationPrefix);
    settings.maxInputCharsPerWord =
        optionalCount(file, model, "max_input_chars_per_word", "model", settings.maxInputCharsPerWord);
    if (root.contains("normalizer"))
        readNormalizer(file, root["normalizer"], settings);
    readAddedTokens(file, root, vocab);
    checkBertPipeline(file, root);
    return vocab;
}

} // namespace

std::string readTokenizerFileBytes(const std::filesystem::path& file)
{
    std::error_code error;
    if (!std::filesystem::exists(file, error))
        throw InputError(file, "the tokenizer file does not exist");
    return readFileBounded(file, kMaxTokenizerFileBytes,
                           file.extension() == ".json" ? "the tokenizer file" : "the vocabulary file");
}

LoadedVocab parseVocabFile(const std::string& bytes, const std::filesystem::path& file)
{
    return file.extension() == ".json" ? parseTokenizerJson(bytes, file) : parseVocabTxt(bytes, file);
}

LoadedVocab loadVocabFile(const std::filesystem::path& file)
{
    return parseVocabFile(readTokenizerFileBytes(file), file);
}

} // namespace near2
