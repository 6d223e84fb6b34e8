#pragma once
#include <string>
#include <string_view>

namespace near2 {

// `text` without the leading and trailing characters in `blanks`.
std::string trimmed(std::string_view text, std::string_view blanks = " \t");

} // namespace near2
