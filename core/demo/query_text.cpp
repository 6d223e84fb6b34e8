// Helpers for the wording of demo queries: token tests and realistic noise (casing, typos).
#include "core/demo/demo_query.h"

#include <cctype>
#include <sstream>

namespace near2::demo {

namespace {

std::vector<std::string> splitWords(const std::string& text)
{
    std::vector<std::string> words;
    std::istringstream stream(text);
    for (std::string word; stream >> word;)
        words.push_back(word);
    return words;
}

bool lettersOnly(const std::string& word)
{
    for (const char c : word)
        if (!std::isalpha(static_cast<unsigned char>(c)))
            return false;
    return true;
}

void addTypo(std::string& word, DemoRandom& random)
{
    const std::size_t at = random.between(1, word.size() - 2); // keep the first letter, as people do
    switch (random.below(3)) {
    case 0: // swapped neighbours
        std::swap(word[at], word[at + 1]);
        break;
    case 1: // a dropped letter
        word.erase(at, 1);
        break;
    default: // a doubled letter
        word.insert(at, 1, word[at]);
        break;
    }
}

} // namespace

bool isAlphanumericToken(std::string_view token)
{
    bool digit = false;
    bool letter = false;
    for (const char c : token) {
        digit = digit || std::isdigit(static_cast<unsigned char>(c));
        letter = letter || std::isalpha(static_cast<unsigned char>(c));
    }
    return digit && letter;
}

bool hasAlphanumericToken(std::string_view text)
{
    for (const auto& word : splitWords(std::string(text)))
        if (isAlphanumericToken(word))
            return true;
    return false;
}

std::size_t wordCount(std::string_view text)
{
    return splitWords(std::string(text)).size();
}

std::string addQueryNoise(std::string text, DemoRandom& random)
{
    auto words = splitWords(text);
    const double casing = random.unit();
    for (auto& word : words) {
        for (auto& c : word) {
            if (casing < 0.75) // as generated: typed forms are lower case, model numbers as printed
                break;
            const auto u = static_cast<unsigned char>(c);
            c = static_cast<char>(casing < 0.85 ? std::tolower(u) : casing < 0.97 ? c : std::toupper(u));
        }
        if (casing >= 0.85 && casing < 0.97 && !word.empty()) // Title Case
            word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    }
    if (random.chance(0.12)) {
        std::vector<std::size_t> candidates;
        for (std::size_t i = 0; i < words.size(); ++i)
            if (words[i].size() >= 5 && lettersOnly(words[i]))
                candidates.push_back(i);
        if (!candidates.empty())
            addTypo(words[random.pick(candidates)], random);
    }
    std::string result;
    for (const auto& word : words)
        result += (result.empty() ? "" : " ") + word;
    return result;
}

} // namespace near2::demo
