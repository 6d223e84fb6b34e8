#include "core/query_types/query_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace near2 {

namespace {

bool isNumberPunctuation(UChar32 c)
{
    return c == '.' || c == ',' || c == '/' || c == '-' || c == '\'' || c == '"' || c == 0x2044 /* ⁄ */;
}

// NFKC then case folding, as one UnicodeString.
icu::UnicodeString folded(std::string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    icu::UnicodeString source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
    icu::UnicodeString normalised = U_SUCCESS(status) ? nfkc->normalize(source, status) : source;
    if (U_FAILURE(status))
        normalised = source;
    return normalised.foldCase();
}

QueryWord wordOf(const icu::UnicodeString& token)
{
    QueryWord word;
    token.toUTF8String(word.raw);
    icu::UnicodeString kept;
    bool numeric = true;
    for (std::int32_t i = 0; i < token.length(); i = token.moveIndex32(i, 1)) {
        const UChar32 c = token.char32At(i);
        if (u_isdigit(c) || u_getNumericValue(c) != U_NO_NUMERIC_VALUE) {
            word.hasDigit = true;
            kept.append(c);
        } else if (u_isalpha(c)) {
            numeric = false;
            kept.append(c);
        } else if (!isNumberPunctuation(c)) {
            numeric = false;
        }
    }
    kept.toUTF8String(word.norm);
    word.numeric = numeric && word.hasDigit;
    return word;
}

// Splits at white space; with `parts`, also starts a new part at , ( ) | ; and a lone "-".
std::vector<std::vector<icu::UnicodeString>> split(const icu::UnicodeString& text, bool parts)
{
    std::vector<std::vector<icu::UnicodeString>> result(1);
    icu::UnicodeString current;
    const auto endWord = [&] {
        if (current == icu::UnicodeString(u"-") && parts)
            result.emplace_back();
        else if (!current.isEmpty())
            result.back().push_back(current);
        current.remove();
    };
    for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (u_isUWhiteSpace(c)) {
            endWord();
        } else if (parts && (c == ',' || c == '(' || c == ')' || c == '|' || c == ';')) {
            endWord();
            if (!result.back().empty())
                result.emplace_back();
        } else {
            current.append(c);
        }
    }
    endWord();
    return result;
}

} // namespace

std::vector<QueryWord> queryWords(std::string_view text)
{
    std::vector<QueryWord> words;
    const auto tokens = split(folded(text), false);
    for (const auto& token : tokens.front()) {
        QueryWord word = wordOf(token);
        if (!word.norm.empty())
            words.push_back(std::move(word));
    }
    return words;
}

std::vector<std::vector<std::string>> titleParts(std::string_view title)
{
    std::vector<std::vector<std::string>> parts;
    for (const auto& tokens : split(folded(title), true)) {
        std::vector<std::string> words;
        for (const auto& token : tokens) {
            QueryWord word = wordOf(token);
            if (!word.norm.empty())
                words.push_back(std::move(word.norm));
        }
        if (!words.empty())
            parts.push_back(std::move(words));
    }
    return parts;
}

} // namespace near2
