#include "core/util/csv_writer.h"

#include <charconv>
#include <cmath>

namespace near2 {

namespace {

bool isFiniteNumber(std::string_view text)
{
    const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
    const char* end = text.data() + text.size();
    double value = 0.0;
    const auto [ptr, error] = std::from_chars(begin, end, value);
    return begin != end && error == std::errc() && ptr == end && std::isfinite(value);
}

// OWASP's list of characters that make a spreadsheet read a cell as a formula.
bool startsLikeFormula(std::string_view text)
{
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
           !isFiniteNumber(text);
}

} // namespace

std::string csvField(std::string_view text)
{
    const bool formula = startsLikeFormula(text);
    if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = formula ? "\"'" : "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        out << (i ? "," : "") << csvField(fields[i]);
    out << '\n';
}

} // namespace near2
