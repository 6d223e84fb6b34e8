// The ASCII fast path of BasicTokenizer: one pass over the bytes with a 128-entry class table.
#include "core/tokenizer/basic_tokenizer.h"

#include <array>

namespace near2 {

namespace {

enum class AsciiClass : std::uint8_t { Dropped, Space, Punctuation, WordChar };

constexpr std::array<AsciiClass, 128> makeAsciiClasses()
{
    std::array<AsciiClass, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == ' ')
            classes[c] = AsciiClass::Space;
        else if (c < 32 || c == 127)
            classes[c] = AsciiClass::Dropped; // control characters (\v and \f included, as in Hugging Face)
        else if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
                 (c >= 123 && c <= 126))
            classes[c] = AsciiClass::Punctuation;
        else
            classes[c] = AsciiClass::WordChar;
    }
    return classes;
}

constexpr std::array<AsciiClass, 128> kAsciiClasses = makeAsciiClasses();

bool isAscii(std::string_view text)
{
    unsigned char any = 0;
    for (const char c : text)
        any |= static_cast<unsigned char>(c);
    return any < 0x80;
}

char lowered(char raw, bool lowercase)
{
    return lowercase && raw >= 'A' && raw <= 'Z' ? static_cast<char>(raw + ('a' - 'A')) : raw;
}

} // namespace

void BasicTokenizer::split(std::string_view text, std::string& buffer, std::vector<WordSpan>& words) const
{
    buffer.clear();
    words.clear();
    if (isAscii(text))
        splitAscii(text, buffer, words);
    else
        splitUnicode(text, buffer, words);
}

void BasicTokenizer::splitAscii(std::string_view text, std::string& buffer,
                                std::vector<WordSpan>& words) const
{
    buffer.reserve(text.size());
    const bool lowercase = m_options.lowercase;
    bool inWord = false;
    for (const char raw : text) {
        const auto c = static_cast<unsigned char>(raw);
        switch (kAsciiClasses[c]) {
        case AsciiClass::Dropped:
            break;
        case AsciiClass::Space:
            inWord = false;
            break;
        case AsciiClass::Punctuation:
            words.push_back({static_cast<std::uint32_t>(buffer.size()), 1, 1});
            buffer.push_back(raw);
            inWord = false;
            break;
        case AsciiClass::WordChar:
            if (!inWord) {
                words.push_back({static_cast<std::uint32_t>(buffer.size()), 0, 0});
                inWord = true;
            }
            buffer.push_back(lowered(raw, lowercase));
            ++words.back().bytes;
            ++words.back().chars;
            break;
        }
    }
}

void BasicTokenizer::normalize(std::string_view text, std::string& out) const
{
    out.clear();
    if (!isAscii(text)) {
        normalizeUnicode(text, out);
        return;
    }
    out.reserve(text.size());
    for (const char raw : text) {
        const auto c = static_cast<unsigned char>(raw);
        switch (kAsciiClasses[c]) {
        case AsciiClass::Dropped:
            break;
        case AsciiClass::Space:
            out.push_back(' ');
            break;
        default:
            out.push_back(lowered(raw, m_options.lowercase));
        }
    }
}

} // namespace near2
