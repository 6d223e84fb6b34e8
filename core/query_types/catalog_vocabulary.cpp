#include "core/query_types/catalog_vocabulary.h"

#include "core/query_types/query_words.h"

#include <algorithm>
#include <set>

namespace near2 {

namespace {

constexpr std::uint32_t kMinimumHeadTitles = 2; // a head noun of one title only may be a model name
constexpr std::size_t kMinimumTypoLength = 5;   // shorter words are too easily one edit from another

bool hasDigit(const std::string& word)
{
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The title's head: its first part up to "with", "for" or "in" (not "24 in"); its last word without digits
// is the head noun ("… Shower Only Faucet Trim Kit in Chrome" → "kit").
std::string headNoun(const std::vector<std::string>& firstPart)
{
    std::size_t end = firstPart.size();
    for (std::size_t i = 1; i < firstPart.size(); ++i) {
        const auto& word = firstPart[i];
        if (word == "with" || word == "for" || (word == "in" && !hasDigit(firstPart[i - 1]))) {
            end = i;
            break;
        }
    }
    for (std::size_t i = end; i-- > 0;)
        if (!hasDigit(firstPart[i]))
            return firstPart[i];
    return {};
}

// What a plural may be the plural of: "batteries" → "battery", "thermoses" → "thermos", "bits" → "bit".
std::vector<std::string> singulars(const std::string& word)
{
    std::vector<std::string> forms;
    if (word.size() > 4 && word.ends_with("ies"))
        forms.push_back(word.substr(0, word.size() - 3) + "y");
    if (word.size() > 3 && word.ends_with("es"))
        forms.push_back(word.substr(0, word.size() - 2));
    if (word.size() > 3 && word.ends_with('s') && !word.ends_with("ss"))
        forms.push_back(word.substr(0, word.size() - 1));
    return forms;
}

std::vector<std::string> deletions(const std::string& word)
{
    std::vector<std::string> result;
    for (std::size_t i = 1; i < word.size(); ++i) // the first letter stays: people rarely mistype it
        result.push_back(word.substr(0, i) + word.substr(i + 1));
    return result;
}

} // namespace

CatalogVocabulary::CatalogVocabulary(const std::vector<Record>& corpus)
{
    for (const auto& record : corpus) {
        addTitle(record.title);
        if (const auto* category = record.attribute("category"))
            addCategory(*category);
    }
    for (const auto& [word, titles] : m_headWords)
        if (titles >= kMinimumHeadTitles)
            m_typeWords.insert(word);
    buildTypoIndex();
}

void CatalogVocabulary::addTitle(const std::string& title)
{
    const auto parts = titleParts(title);
    if (parts.empty())
        return;
    std::set<std::string> words, bigrams;
    for (const auto& part : parts)
        for (std::size_t i = 0; i < part.size(); ++i) {
            words.insert(part[i]);
            if (i + 1 < part.size())
                bigrams.insert(part[i] + ' ' + part[i + 1]);
        }
    for (const auto& word : words)
        ++m_titleWords[word];
    for (const auto& bigram : bigrams)
        ++m_bigrams[bigram];
    const std::string head = headNoun(parts.front());
    if (!head.empty())
        ++m_headWords[head];
}

void CatalogVocabulary::addCategory(const std::string& category)
{
    // The category's head noun ("Coffee Makers" → "makers", "maker"); its other words qualify it.
    for (const auto& part : titleParts(category)) {
        const std::string head = headNoun(part);
        if (head.size() < 2)
            continue;
        m_typeWords.insert(head);
        m_titleWords.try_emplace(head, 0);
        for (const auto& word : singulars(head)) {
            m_typeWords.insert(word);
            m_titleWords.try_emplace(word, 0);
        }
    }
}

void CatalogVocabulary::buildTypoIndex()
{
    std::vector<std::string> sorted; // deterministic order of candidates
    for (const auto& [word, titles] : m_titleWords)
        if (titles >= 2 && word.size() >= kMinimumTypoLength - 1 && !hasDigit(word))
            sorted.push_back(word);
    std::sort(sorted.begin(), sorted.end());
    for (const auto& word : sorted) {
        m_deletions[word].push_back(word);
        for (const auto& shorter : deletions(word))
            m_deletions[shorter].push_back(word);
    }
}

std::string CatalogVocabulary::resolve(const std::string& word) const
{
    if (isTitleWord(word))
        return word;
    for (const auto& one : singulars(word))
        if (isTitleWord(one))
            return one;
    if (isTitleWord(word + "s"))
        return word + "s";
    if (word.size() < kMinimumTypoLength || hasDigit(word))
        return {};
    // One edit: a letter missing, added, changed or two swapped show up as a shared one-deletion form.
    std::string best;
    std::uint32_t bestTitles = 0;
    auto consider = [&](const std::string& key) {
        const auto found = m_deletions.find(key);
        if (found == m_deletions.end())
            return;
        for (const auto& candidate : found->second) {
            const auto titles = m_titleWords.at(candidate);
            if (titles > bestTitles || (titles == bestTitles && candidate < best)) {
                best = candidate;
                bestTitles = titles;
            }
        }
    };
    consider(word);
    for (const auto& shorter : deletions(word))
        consider(shorter);
    return best;
}

bool CatalogVocabulary::isTypeWord(const std::string& word) const
{
    if (word.empty())
        return false;
    if (m_typeWords.contains(word))
        return true;
    const auto forms = singulars(word);
    return std::any_of(forms.begin(), forms.end(),
                       [&](const std::string& form) { return m_typeWords.contains(form); });
}

bool CatalogVocabulary::isTitleBigram(const std::string& first, const std::string& second,
                                      std::uint32_t minimum) const
{
    const auto found = m_bigrams.find(first + ' ' + second);
    return found != m_bigrams.end() && found->second >= minimum;
}

} // namespace near2
