#include "core/query_types/query_type_classifier.h"

#include "core/query_types/attribute_groups.h"
#include "core/query_types/query_words.h"

#include <algorithm>
#include <array>

namespace near2 {

namespace {

bool isOneOf(const std::string& word, std::initializer_list<std::string_view> words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

// Words of natural language that product queries rarely contain.
bool hasNeedCue(const std::vector<QueryWord>& words)
{
    if (isOneOf(words.front().norm, {"how", "what", "which", "why", "where", "when", "something", "anything",
                                     "need", "want", "help", "ways", "tips"}))
        return true;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& word = words[i].norm;
        if (isOneOf(word, {"i", "im", "ive", "my", "me", "mine", "we", "our", "us", "your", "it"}))
            return true;
        if (word == "way" && i + 1 < words.size() && words[i + 1].norm == "to")
            return true;
        if (words.size() >= 4 &&
            isOneOf(word, {"through", "into", "onto", "at", "when", "without", "while", "during", "that",
                           "than", "so", "get", "can", "will", "too", "very", "all", "every"}))
            return true;
    }
    return false;
}

// Whether `words[i]` is a word of the catalog, alone or joined to a neighbour ("sherwin williams" for
// "Sherwin-Williams") or split in two ("amazonbasics" for "Amazon Basics").
bool isCatalogWord(const std::vector<QueryWord>& words, std::size_t i, const CatalogVocabulary& vocabulary)
{
    const auto& word = words[i].norm;
    if (!vocabulary.resolve(word).empty())
        return true;
    if ((i > 0 && !vocabulary.resolve(words[i - 1].norm + word).empty()) ||
        (i + 1 < words.size() && !vocabulary.resolve(word + words[i + 1].norm).empty()))
        return true;
    for (std::size_t cut = 3; cut + 3 <= word.size(); ++cut)
        if (vocabulary.isTitleBigram(word.substr(0, cut), word.substr(cut), 1))
            return true;
    return false;
}

// Three or more content words (numbers aside) of which fewer than half are the catalog's, the last not a
// product-type word (a phrase ending in one names a product): "render 3d scenes faster in blender".
bool mostlyUnknownWords(const std::vector<QueryWord>& words, const CatalogVocabulary& vocabulary)
{
    std::size_t content = 0, known = 0;
    bool endsWithType = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& word = words[i];
        if (word.hasDigit || word.norm.size() < 2 || isStopWord(word.norm))
            continue;
        ++content;
        if (isCatalogWord(words, i, vocabulary))
            ++known;
        endsWithType = vocabulary.isTypeWord(vocabulary.resolve(word.norm));
    }
    return content >= 3 && 2 * known < content && !endsWithType;
}

} // namespace

QueryType QueryTypeClassifier::classify(std::string_view query) const
{
    const auto words = queryWords(query);
    if (words.empty())
        return QueryType::Other;
    if (hasNeedCue(words) || mostlyUnknownWords(words, m_vocabulary))
        return QueryType::Implicit;
    if (attributeGroups(words, m_vocabulary) >= 3)
        return QueryType::Specific;
    if (std::any_of(words.begin(), words.end(), [](const QueryWord& word) { return word.hasDigit; }))
        return QueryType::Alphanumeric;
    return words.size() <= 2 ? QueryType::Short : QueryType::Other;
}

} // namespace near2
