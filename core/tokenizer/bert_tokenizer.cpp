#include "core/tokenizer/bert_tokenizer.h"

#include "core/util/error.h"

#include <algorithm>

namespace near2 {

namespace {

std::int32_t requireToken(const WordPieceVocab& vocab, const std::string& token,
                          const std::filesystem::path& source)
{
    const auto id = vocab.find(token);
    if (!id)
        throw InputError(source, "the vocabulary has no " + token +
                                     " token (a BERT WordPiece vocabulary needs "
                                     "[UNK], [CLS], [SEP] and [PAD])");
    return *id;
}

// The added tokens matched in the raw text, or (`normalized`) those matched in the normalised text, with
// their content normalised as the text will be.
std::vector<AddedToken> addedTokens(const std::vector<AddedToken>& all, bool normalized,
                                    const BasicTokenizer& basic)
{
    std::vector<AddedToken> chosen;
    for (const AddedToken& token : all) {
        if (token.normalized != normalized)
            continue;
        chosen.push_back(token);
        if (normalized)
            basic.normalize(token.content, chosen.back().content);
    }
    return chosen;
}

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

BertTokenizer::BertTokenizer(std::vector<std::string> tokens, BertTokenizerOptions options,
                             const std::filesystem::path& source)
    : m_vocab(std::move(tokens), options.continuationPrefix, options.wordPieces),
      m_options(std::move(options)), m_basic(m_options.basic),
      m_added(addedTokens(m_options.addedTokens, false, m_basic)),
      m_addedNormalized(addedTokens(m_options.addedTokens, true, m_basic))
{
    m_unknownId = requireToken(m_vocab, m_options.unknownToken, source);
    m_clsId = requireToken(m_vocab, "[CLS]", source);
    m_sepId = requireToken(m_vocab, "[SEP]", source);
    m_padId = requireToken(m_vocab, "[PAD]", source);
}

BertTokenizer BertTokenizer::fromFile(const std::filesystem::path& file, std::optional<bool> lowercase,
                                      std::optional<bool> stripAccents)
{
    return fromLoaded(loadVocabFile(file), file, lowercase, stripAccents);
}

BertTokenizer BertTokenizer::fromLoaded(LoadedVocab loaded, const std::filesystem::path& file,
                                        std::optional<bool> lowercase, std::optional<bool> stripAccents)
{
    const TokenizerFileSettings& settings = loaded.settings;
    BertTokenizerOptions options;
    options.basic.lowercase = lowercase.value_or(settings.lowercase.value_or(true));
    options.basic.stripAccents = stripAccents.value_or(
        lowercase ? options.basic.lowercase : settings.stripAccents.value_or(options.basic.lowercase));
    options.unknownToken = settings.unknownToken;
    options.continuationPrefix = settings.continuationPrefix;
    options.maxInputCharsPerWord = settings.maxInputCharsPerWord;
    options.addedTokens = settings.addedTokens;
    options.wordPieces = loaded.wordPieces;
    return BertTokenizer(std::move(loaded.tokens), std::move(options), file);
}

void BertTokenizer::wordPiece(std::string_view word, std::uint32_t chars,
                              std::vector<std::int32_t>& ids) const
{
    if (chars > m_options.maxInputCharsPerWord) {
        ids.push_back(m_unknownId);
        return;
    }
    const std::size_t mark = ids.size();
    const std::size_t longest = m_vocab.longestPieceBytes();
    std::size_t start = 0;
    while (start < word.size()) {
        std::size_t end = std::min(word.size(), start + longest);
        while (end > start && end < word.size() && isUtf8Continuation(word[end]))
            --end;
        std::int32_t id = -1;
        while (end > start) {
            const std::string_view piece = word.substr(start, end - start);
            id = start == 0 ? m_vocab.findInitial(piece) : m_vocab.findContinuation(piece);
            if (id >= 0)
                break;
            --end;
            while (end > start && isUtf8Continuation(word[end]))
                --end;
        }
        if (id < 0) {
            ids.resize(mark);
            ids.push_back(m_unknownId);
            return;
        }
        ids.push_back(id);
        start = end;
    }
}

namespace {

// Appends the id of each added token `matcher` finds in `text`, and what `between` makes of the text around
// them.
template <typename Between>
void splitOnAddedTokens(const AddedTokenMatcher& matcher, std::string_view text,
                        std::vector<std::int32_t>& ids, Between between)
{
    std::size_t start = 0;
    for (auto match = matcher.next(text, 0); match; match = matcher.next(text, start)) {
        between(text.substr(start, match->position - start));
        ids.push_back(match->id);
        start = match->position + match->length;
    }
    between(text.substr(start));
}

} // namespace

void BertTokenizer::tokenizeInto(std::string_view text, std::vector<std::int32_t>& ids) const
{
    splitOnAddedTokens(m_added, text, ids,
                       [&](std::string_view piece) { tokenizeNormalizedTokens(piece, ids); });
}

// Splitting the normalised text normalises its pieces once more: the normaliser is idempotent.
void BertTokenizer::tokenizeNormalizedTokens(std::string_view text, std::vector<std::int32_t>& ids) const
{
    if (m_addedNormalized.empty()) {
        tokenizeWords(text, ids);
        return;
    }
    thread_local std::string normalized;
    m_basic.normalize(text, normalized);
    splitOnAddedTokens(m_addedNormalized, normalized, ids,
                       [&](std::string_view piece) { tokenizeWords(piece, ids); });
}

void BertTokenizer::tokenizeWords(std::string_view text, std::vector<std::int32_t>& ids) const
{
    thread_local std::string buffer;
    thread_local std::vector<WordSpan> words;
    m_basic.split(text, buffer, words);
    for (const WordSpan& word : words)
        wordPiece(std::string_view(buffer).substr(word.begin, word.bytes), word.chars, ids);
}

std::vector<std::int32_t> BertTokenizer::tokenize(std::string_view text) const
{
    std::vector<std::int32_t> ids;
    tokenizeInto(text, ids);
    return ids;
}

std::vector<std::int32_t> BertTokenizer::encode(std::string_view text, std::size_t maxLength) const
{
    std::vector<std::int32_t> ids;
    ids.reserve(32);
    ids.push_back(m_clsId);
    tokenizeInto(text, ids);
    const std::size_t limit = std::max<std::size_t>(maxLength, 2);
    if (ids.size() > limit - 1)
        ids.resize(limit - 1);
    ids.push_back(m_sepId);
    return ids;
}

} // namespace near2
