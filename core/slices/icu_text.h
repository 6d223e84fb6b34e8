#pragma once
// UTF-8 text as ICU's UTF-16 strings (invalid bytes become U+FFFD).
#include <string_view>
#include <unicode/unistr.h>

namespace near2 {

inline icu::UnicodeString icuText(std::string_view utf8)
{
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

} // namespace near2
