#include "core/report/slice_membership.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

namespace near2 {

namespace {

bool isWordByte(unsigned char c)
{
    return std::isalnum(c) != 0 || c == '_' || c >= 0x80;
}

std::vector<std::string> wordsOf(const std::string& text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (isWordByte(byte)) {
            word += static_cast<char>(std::tolower(byte));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

bool hasAlphanumericToken(const std::string& text)
{
    bool digit = false, letter = false;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (std::isspace(c)) {
            if (digit && letter)
                return true;
            digit = letter = false;
        }
        digit = digit || std::isdigit(c);
        letter = letter || (c < 0x80 && std::isalpha(c));
    }
    return false;
}

bool isImplicit(const QueryRecord& query, const ProjectSnapshot& snapshot)
{
    const auto queryWords = wordsOf(query.text);
    const std::set<std::string> words(queryWords.begin(), queryWords.end());
    bool anyRelevant = false;
    for (const auto& judged : query.judged) {
        if (judged.gain < snapshot.settings.relevantThreshold)
            continue;
        anyRelevant = true;
        const auto product = snapshot.products.find(judged.row);
        if (product == snapshot.products.end())
            continue;
        for (const auto& word : wordsOf(product->second.title))
            if (words.count(word))
                return false;
    }
    return anyRelevant;
}

int parameterNumber(const std::string& text)
{
    try {
        return std::stoi(text);
    } catch (const std::exception&) {
        return 0;
    }
}

bool regexMatches(const std::string& pattern, const std::string& text)
{
    try {
        return std::regex_search(text, std::regex(pattern, std::regex::icase | std::regex::ECMAScript));
    } catch (const std::regex_error&) {
        return false;
    }
}

SliceMembers slice(std::string name, const ProjectSnapshot& snapshot, auto&& contains)
{
    SliceMembers result{std::move(name), std::vector<char>(snapshot.queries.size(), 0), 0};
    for (std::size_t q = 0; q < snapshot.queries.size(); ++q)
        if (contains(snapshot.queries[q])) {
            result.members[q] = 1;
            ++result.count;
        }
    return result;
}

} // namespace

bool sliceRuleMatches(const SliceRule& rule, const QueryRecord& query, const ProjectSnapshot& snapshot)
{
    const auto words = static_cast<int>(wordsOf(query.text).size());
    if (rule.kind == "tokens-at-most")
        return words <= parameterNumber(rule.parameter);
    if (rule.kind == "tokens-at-least")
        return words >= parameterNumber(rule.parameter);
    if (rule.kind == "alphanumeric")
        return hasAlphanumericToken(query.text);
    if (rule.kind == "regex")
        return regexMatches(rule.parameter, query.text);
    if (rule.kind == "implicit")
        return isImplicit(query, snapshot);
    return false;
}

std::vector<SliceMembers> sliceMembership(const ProjectSnapshot& snapshot)
{
    std::vector<SliceMembers> slices;
    slices.push_back(slice("All queries", snapshot, [](const QueryRecord&) { return true; }));
    std::set<std::string> types;
    for (const auto& query : snapshot.queries)
        if (!query.type.empty())
            types.insert(query.type);
    for (const auto& type : types)
        slices.push_back(
            slice("type: " + type, snapshot, [&](const QueryRecord& query) { return query.type == type; }));
    for (const auto& rule : snapshot.sliceRules)
        slices.push_back(slice(rule.name, snapshot, [&](const QueryRecord& query) {
            return sliceRuleMatches(rule, query, snapshot);
        }));
    return slices;
}

} // namespace near2
