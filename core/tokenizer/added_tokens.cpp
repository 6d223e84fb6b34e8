#include "core/tokenizer/added_tokens.h"

#include <algorithm>
#include <cstdint>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace near2 {

namespace {

// A regex's \w, as Hugging Face's single_word test uses it: alphabetic, marks, decimal digits, connector
// punctuation ('_') and joiners.
bool isWordCodePoint(UChar32 c)
{
    if (c < 0x80)
        return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0)
        return false;
    const std::int8_t type = u_charType(c);
    return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_hasBinaryProperty(c, UCHAR_JOIN_CONTROL) ||
           type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK ||
           type == U_DECIMAL_DIGIT_NUMBER || type == U_CONNECTOR_PUNCTUATION;
}

bool standsAlone(std::string_view text, std::size_t position, std::size_t length)
{
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    if (position > 0) {
        auto before = static_cast<std::int32_t>(position);
        UChar32 c = 0;
        U8_PREV(bytes, 0, before, c);
        if (isWordCodePoint(c))
            return false;
    }
    if (const std::size_t end = position + length; end < text.size()) {
        auto after = static_cast<std::int32_t>(end);
        UChar32 c = 0;
        U8_NEXT(bytes, after, static_cast<std::int32_t>(text.size()), c);
        if (isWordCodePoint(c))
            return false;
    }
    return true;
}

} // namespace

AddedTokenMatcher::AddedTokenMatcher(std::vector<AddedToken> tokens)
{
    std::erase_if(tokens, [](const AddedToken& token) { return token.content.empty(); });
    std::stable_sort(tokens.begin(), tokens.end(), [](const AddedToken& a, const AddedToken& b) {
        return a.content.size() > b.content.size();
    });
    for (const AddedToken& token : tokens)
        m_firstByte[static_cast<unsigned char>(token.content.front())] = true;
    m_tokens = std::move(tokens);
}

std::optional<AddedTokenMatcher::Match> AddedTokenMatcher::next(std::string_view text, std::size_t from) const
{
    for (std::size_t position = from; position < text.size(); ++position) {
        if (!m_firstByte[static_cast<unsigned char>(text[position])])
            continue;
        for (const AddedToken& token : m_tokens) {
            const std::size_t length = token.content.size();
            if (text.compare(position, length, token.content) == 0 &&
                (!token.singleWord || standsAlone(text, position, length)))
                return Match{position, length, token.id};
        }
    }
    return std::nullopt;
}

} // namespace near2
