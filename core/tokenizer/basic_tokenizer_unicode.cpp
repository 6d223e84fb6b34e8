// The general path of BasicTokenizer, on code points through ICU, in Hugging Face's order: clean-up, CJK
// isolation, NFD + dropping Mn, lower-casing, then whitespace/punctuation splitting.
#include "core/tokenizer/basic_tokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace near2 {

bool isBertWhitespace(char32_t c)
{
    return c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool isBertControl(char32_t c)
{
    if (c == '\t' || c == '\n' || c == '\r')
        return false;
    switch (u_charType(static_cast<UChar32>(c))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
        return true;
    default:
        return false;
    }
}

bool isBertPunctuation(char32_t c)
{
    if (c < 128)
        return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    return u_ispunct(static_cast<UChar32>(c));
}

bool isCjkIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) ||
           (c >= 0x2B920 && c <= 0x2CEAF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

namespace {

// Decodes UTF-8, drops NUL, U+FFFD (invalid bytes included) and control characters, maps whitespace to a
// space and surrounds CJK ideographs with spaces.
icu::UnicodeString cleanText(std::string_view text)
{
    icu::UnicodeString cleaned;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || c == 0 || c == 0xFFFD || isBertControl(static_cast<char32_t>(c)))
            continue;
        if (isBertWhitespace(static_cast<char32_t>(c))) {
            cleaned.append(static_cast<UChar>(' '));
        } else if (isCjkIdeograph(static_cast<char32_t>(c))) {
            cleaned.append(static_cast<UChar>(' ')).append(c).append(static_cast<UChar>(' '));
        } else {
            cleaned.append(c);
        }
    }
    return cleaned;
}

void appendCodePoint(UChar32 c, std::string& out, std::uint32_t& chars)
{
    char encoded[U8_MAX_LENGTH];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(encoded, n, c);
    out.append(encoded, static_cast<std::size_t>(n));
    ++chars;
}

// Hugging Face lower-cases one code point at a time with the full mapping: only U+0130 maps to two.
void appendLowercase(UChar32 c, std::string& out, std::uint32_t& chars)
{
    if (c == 0x130) {
        appendCodePoint('i', out, chars);
        appendCodePoint(0x307, out, chars);
    } else {
        appendCodePoint(u_tolower(c), out, chars);
    }
}

// The clean-up and CJK isolation, then NFD when accents are to be stripped (their marks are dropped later).
icu::UnicodeString cleanAndDecompose(std::string_view text, bool stripAccents)
{
    icu::UnicodeString normalized = cleanText(text);
    if (stripAccents) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        if (U_SUCCESS(status))
            normalized = nfd->normalize(normalized, status);
    }
    return normalized;
}

} // namespace

void BasicTokenizer::normalizeUnicode(std::string_view text, std::string& out) const
{
    const icu::UnicodeString normalized = cleanAndDecompose(text, m_options.stripAccents);
    out.reserve(text.size() + 16);
    std::uint32_t chars = 0;
    for (std::int32_t i = 0; i < normalized.length(); i = normalized.moveIndex32(i, 1)) {
        const UChar32 c = normalized.char32At(i);
        if (m_options.stripAccents && u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (m_options.lowercase)
            appendLowercase(c, out, chars);
        else
            appendCodePoint(c, out, chars);
    }
}

void BasicTokenizer::splitUnicode(std::string_view text, std::string& buffer,
                                  std::vector<WordSpan>& words) const
{
    const icu::UnicodeString normalized = cleanAndDecompose(text, m_options.stripAccents);
    buffer.reserve(text.size() + 16);
    bool inWord = false;
    for (std::int32_t i = 0; i < normalized.length(); i = normalized.moveIndex32(i, 1)) {
        const UChar32 c = normalized.char32At(i);
        if (m_options.stripAccents && u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (isBertWhitespace(static_cast<char32_t>(c))) {
            inWord = false;
            continue;
        }
        const bool punctuation = isBertPunctuation(static_cast<char32_t>(c));
        if (punctuation || !inWord)
            words.push_back({static_cast<std::uint32_t>(buffer.size()), 0, 0});
        inWord = !punctuation;
        const std::size_t before = buffer.size();
        if (m_options.lowercase)
            appendLowercase(c, buffer, words.back().chars);
        else
            appendCodePoint(c, buffer, words.back().chars);
        words.back().bytes += static_cast<std::uint32_t>(buffer.size() - before);
    }
}

} // namespace near2
