#include "core/slices/slice_rule.h"

#include "core/slices/query_words.h"
#include "core/util/trim.h"

#include <algorithm>
#include <charconv>

namespace near2 {

namespace {

std::optional<std::size_t> wordNumber(const std::string& parameter)
{
    const std::string text = trimmed(parameter);
    std::size_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

std::vector<std::string> sortedWords(std::string_view text)
{
    auto words = foldedWords(text);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

bool sharesWord(const std::vector<std::string>& sorted, const std::vector<std::string>& other)
{
    return std::any_of(other.begin(), other.end(), [&](const std::string& word) {
        return std::binary_search(sorted.begin(), sorted.end(), word);
    });
}

} // namespace

const std::vector<std::string>& sliceRuleKinds()
{
    static const std::vector<std::string> kinds{"tokens-at-most", "tokens-at-least", "alphanumeric", "regex",
                                                "implicit"};
    return kinds;
}

std::optional<SliceProblem> checkSliceRule(const SliceRule& rule)
{
    const auto& kinds = sliceRuleKinds();
    if (std::find(kinds.begin(), kinds.end(), rule.kind) == kinds.end())
        return SliceProblem(SliceProblem::Kind::UnknownKind, rule.kind);
    if ((rule.kind == "tokens-at-most" || rule.kind == "tokens-at-least") && !wordNumber(rule.parameter))
        return SliceProblem(SliceProblem::Kind::BadNumber, rule.parameter);
    if (rule.kind == "regex")
        return checkSlicePattern(rule.parameter);
    return std::nullopt;
}

SliceRuleMatcher::SliceRuleMatcher(const SliceRule& rule, const ProjectSnapshot& snapshot)
    : m_snapshot(snapshot), m_kind(rule.kind)
{
    if (rule.kind == "regex") {
        m_regex.emplace(rule.parameter);
        m_problem = m_regex->problem();
        return;
    }
    m_problem = checkSliceRule(rule);
    if (!m_problem && (rule.kind == "tokens-at-most" || rule.kind == "tokens-at-least"))
        m_words = *wordNumber(rule.parameter);
}

bool SliceRuleMatcher::matches(const QueryRecord& query)
{
    if (m_problem && m_problem->emptiesSlice())
        return false;
    if (m_kind == "tokens-at-most")
        return wordCount(query.text) <= m_words;
    if (m_kind == "tokens-at-least")
        return wordCount(query.text) >= m_words;
    if (m_kind == "alphanumeric")
        return hasAlphanumericToken(query.text);
    if (m_kind == "implicit")
        return isImplicit(query);
    switch (m_regex->search(query.text)) {
    case SliceRegex::Outcome::Match:
        return true;
    case SliceRegex::Outcome::NoMatch:
        return false;
    case SliceRegex::Outcome::TooLong:
        if (!m_problem)
            m_problem = SliceProblem(SliceProblem::Kind::QueriesTooLong);
        ++m_problem->count;
        return false;
    case SliceRegex::Outcome::TimeLimit:
        m_problem = SliceProblem(SliceProblem::Kind::TimeLimit, query.id);
        return false;
    case SliceRegex::Outcome::TooComplex:
        m_problem = SliceProblem(SliceProblem::Kind::TooComplex, query.id);
        return false;
    }
    return false;
}

bool SliceRuleMatcher::isImplicit(const QueryRecord& query)
{
    const auto words = foldedWords(query.text);
    bool anyRelevant = false;
    for (const auto& judged : query.judged) {
        if (judged.gain < m_snapshot.settings.relevantThreshold)
            continue;
        anyRelevant = true;
        if (sharesWord(titleWords(judged.row), words))
            return false;
    }
    return anyRelevant;
}

const std::vector<std::string>& SliceRuleMatcher::titleWords(std::int32_t row)
{
    auto found = m_titleWords.find(row);
    if (found == m_titleWords.end()) {
        const auto product = m_snapshot.products.find(row);
        found = m_titleWords
                    .emplace(row, product == m_snapshot.products.end() ? std::vector<std::string>{}
                                                                       : sortedWords(product->second.title))
                    .first;
    }
    return found->second;
}

} // namespace near2
