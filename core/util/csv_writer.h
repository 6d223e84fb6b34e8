#pragma once
// RFC 4180 output: fields with a comma, quote or line break are quoted, quotes doubled.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

std::string csvField(std::string_view text);
void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields);

} // namespace near2
