#pragma once
// RFC 4180 output: fields with a comma, quote or line break are quoted, quotes doubled.
// Spreadsheet formula injection (OWASP "CSV Injection"): a field that begins with '=', '+', '-', '@', a tab
// or a carriage return and is not a number is written with a leading apostrophe and quoted
// ("'=HYPERLINK(…)"), so Excel, LibreOffice and Google Sheets show it as text instead of running it. Numbers
// such as -0.5 or +1e3 are left as they are. A reader of the CSV sees such a query or id with the apostrophe
// in front.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

std::string csvField(std::string_view text);
void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields);

} // namespace near2
