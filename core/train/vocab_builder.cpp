#include "core/train/vocab_builder.h"

#include "core/tokenizer/basic_tokenizer.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace near2 {

namespace {

// Byte offsets of the code points of a UTF-8 word (plus its end).
std::vector<std::size_t> codePointStarts(const std::string& word)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < word.size(); ++i)
        if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80)
            starts.push_back(i);
    starts.push_back(word.size());
    return starts;
}

using Counts = std::unordered_map<std::string, std::size_t>;

std::vector<std::pair<std::string, std::size_t>> byFrequency(const Counts& counts, std::size_t minCount)
{
    std::vector<std::pair<std::string, std::size_t>> items;
    for (const auto& [token, count] : counts)
        if (count >= minCount)
            items.emplace_back(token, count);
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return items;
}

} // namespace

std::vector<std::string> buildWordPieceVocab(const std::vector<std::string>& texts,
                                             const VocabBuildOptions& options)
{
    const BasicTokenizer basic(BasicTokenizerOptions{});
    Counts words;
    std::string buffer;
    std::vector<WordSpan> spans;
    for (const auto& text : texts) {
        basic.split(text, buffer, spans);
        for (const auto& span : spans)
            ++words[buffer.substr(span.begin, span.bytes)];
    }

    std::set<std::string> characters;
    Counts pieces; // word starts and "##" continuations cut from frequent words, weighted by word frequency
    for (const auto& [word, count] : words) {
        const auto starts = codePointStarts(word);
        const std::size_t length = starts.size() - 1;
        for (std::size_t c = 0; c < length; ++c)
            characters.insert(word.substr(starts[c], starts[c + 1] - starts[c]));
        if (count < options.minCount)
            continue;
        for (std::size_t n = 3; n <= 5 && n < length; ++n)
            pieces[word.substr(0, starts[n])] += count;
        for (std::size_t begin = 1; begin < length; ++begin)
            for (std::size_t n = 2; n <= 4 && begin + n <= length; ++n)
                pieces["##" + word.substr(starts[begin], starts[begin + n] - starts[begin])] += count;
    }

    std::vector<std::string> tokens = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
    for (const auto& character : characters)
        tokens.push_back(character);
    for (const auto& character : characters)
        tokens.push_back("##" + character);

    std::set<std::string> seen(tokens.begin(), tokens.end());
    std::vector<std::pair<std::string, std::size_t>> candidates = byFrequency(words, options.minCount);
    const auto pieceItems = byFrequency(pieces, options.minCount);
    candidates.insert(candidates.end(), pieceItems.begin(), pieceItems.end());
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto& [token, count] : candidates) {
        if (tokens.size() >= options.maxSize)
            break;
        if (seen.insert(token).second)
            tokens.push_back(token);
    }
    return tokens;
}

} // namespace near2
