#include "core/tokenizer/added_tokens.h"

#include <algorithm>

namespace near2 {

namespace {

// Letters and digits in ASCII; any byte of a multi-byte UTF-8 character counts as part of a word.
bool isWordByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
           (byte >= 'A' && byte <= 'Z');
}

bool standsAlone(std::string_view text, std::size_t position, std::size_t length)
{
    return (position == 0 || !isWordByte(text[position - 1])) &&
           (position + length == text.size() || !isWordByte(text[position + length]));
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
