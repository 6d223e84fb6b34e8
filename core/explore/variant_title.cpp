#include "core/explore/variant_title.h"

#include "core/explore/title_words.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace near2::explore {

namespace {

using namespace std::string_view_literals;

constexpr std::array kColours = {
    "beige"sv,  "black"sv,      "blue"sv,        "bronze"sv,   "brown"sv,  "burgundy"sv, "charcoal"sv,
    "coral"sv,  "cream"sv,      "gold"sv,        "golden"sv,   "gray"sv,   "green"sv,    "grey"sv,
    "indigo"sv, "ivory"sv,      "khaki"sv,       "lavender"sv, "lilac"sv,  "magenta"sv,  "maroon"sv,
    "mint"sv,   "multicolor"sv, "multicolour"sv, "mustard"sv,  "navy"sv,   "olive"sv,    "orange"sv,
    "pink"sv,   "purple"sv,     "red"sv,         "rose"sv,     "silver"sv, "tan"sv,      "taupe"sv,
    "teal"sv,   "turquoise"sv,  "violet"sv,      "white"sv,    "yellow"sv,
};
// Words that name a shade only before a colour ("light" alone is a lamp).
constexpr std::array kColourModifiers = {
    "baby"sv,     "bright"sv, "dark"sv, "deep"sv, "forest"sv, "hot"sv,   "light"sv, "matte"sv, "metallic"sv,
    "midnight"sv, "navy"sv,   "neon"sv, "pale"sv, "pastel"sv, "royal"sv, "sage"sv,  "sky"sv,   "space"sv};
constexpr std::array kApparelSizes = {"xxs"sv, "xs"sv,  "s"sv,     "m"sv,      "l"sv,
                                      "xl"sv,  "xxl"sv, "xxxl"sv,  "2xl"sv,    "3xl"sv,
                                      "4xl"sv, "5xl"sv, "small"sv, "medium"sv, "large"sv};
constexpr std::array kLargeSmallPrefixes = {"x"sv, "xx"sv, "extra"sv};

template <std::size_t N> bool isIn(const std::array<std::string_view, N>& words, std::string_view word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool isNumber(std::string_view word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(),
                                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool isPunctuation(std::string_view word)
{
    return word.size() == 1 && std::ispunct(static_cast<unsigned char>(word[0]));
}

// How many words from `i` a size value takes: "10", "10 . 5", "m", "x - large".
std::size_t sizeValueLength(const std::vector<std::string_view>& words, std::size_t i)
{
    if (i >= words.size())
        return 0;
    if (isNumber(words[i]))
        return i + 2 < words.size() && words[i + 1] == "." && isNumber(words[i + 2]) ? 3 : 1;
    return isIn(kApparelSizes, words[i]) ? 1 : 0;
}

} // namespace

std::string variantKey(std::string_view title)
{
    const auto owned = titleWords(title);
    const std::vector<std::string_view> words(owned.begin(), owned.end());

    std::string key;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto word = words[i];
        const auto next = i + 1 < words.size() ? words[i + 1] : std::string_view();
        if (word == "size" || word == "sz") {
            i += sizeValueLength(words, i + 1);
            continue;
        }
        const auto isLargeSmall = [&](std::size_t j) {
            return j < words.size() && (words[j] == "large" || words[j] == "small");
        };
        const bool largeSmall =
            isIn(kLargeSmallPrefixes, word) && (isLargeSmall(i + 1) || (next == "-" && isLargeSmall(i + 2)));
        const bool singleLetterSize =
            word.size() == 1 && isIn(kApparelSizes, word) && i > 0 && isNumber(words[i - 1]);
        if (isPunctuation(word) || isIn(kColours, word) ||
            (isIn(kColourModifiers, word) && isIn(kColours, next)) || largeSmall ||
            (isIn(kApparelSizes, word) && !singleLetterSize))
            continue;
        key += (key.empty() ? "" : " ") + std::string(word);
    }
    return key;
}

} // namespace near2::explore
