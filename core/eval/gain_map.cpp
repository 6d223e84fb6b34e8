#include "core/eval/gain_map.h"

#include "core/util/error.h"
#include "core/util/trim.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace near2 {

namespace {

// The whole of `text` as a finite number, or nothing.
std::optional<double> parseNumber(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (*begin == '+') // from_chars rejects a leading '+'; labels such as "+1" are still numbers
        ++begin;
    double value = 0.0;
    const auto [ptr, error] = std::from_chars(begin, end, value);
    if (begin == end || error != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string formatNumber(double value)
{
    std::array<char, 64> buffer{};
    const auto [ptr, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return error == std::errc() ? std::string(buffer.data(), ptr) : std::to_string(value);
}

} // namespace

GainMap::GainMap() : m_gains{{"E", 1.0}, {"S", 0.1}, {"C", 0.01}, {"I", 0.0}} {}

GainMap GainMap::parse(const std::string& spec, InputField option)
{
    GainMap map;
    map.m_gains.clear();
    if (trimmed(spec).empty())
        throw InputError(fieldRef(option) + ": expected LABEL=GAIN entries such as E=1,S=0.1,C=0.01,I=0");
    std::size_t start = 0;
    while (true) {
        const auto comma = spec.find(',', start);
        const std::string entry = spec.substr(start, comma - start);
        const auto equals = entry.find('=');
        if (equals == std::string::npos)
            throw InputError(fieldRef(option) + ": entry '" + trimmed(entry) + "' is not LABEL=GAIN");
        const std::string label = trimmed(entry.substr(0, equals));
        const std::string gainText = trimmed(entry.substr(equals + 1));
        if (label.empty())
            throw InputError(fieldRef(option) + ": entry '" + trimmed(entry) + "' has an empty label");
        const auto gain = parseNumber(gainText);
        if (!gain)
            throw InputError(fieldRef(option) + ": gain '" + gainText + "' of label '" + label +
                             "' is not a number");
        const bool duplicate = std::any_of(map.m_gains.begin(), map.m_gains.end(),
                                           [&](const auto& known) { return known.first == label; });
        if (duplicate)
            throw InputError(fieldRef(option) + ": label '" + label + "' is given twice");
        map.m_gains.emplace_back(label, *gain);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return map;
}

std::optional<double> GainMap::gainOf(const std::string& label) const
{
    for (const auto& [known, gain] : m_gains)
        if (known == label)
            return gain;
    return parseNumber(label);
}

std::string GainMap::toString() const
{
    std::string text;
    for (const auto& [label, gain] : m_gains)
        text += (text.empty() ? "" : ",") + label + "=" + formatNumber(gain);
    return text;
}

} // namespace near2
