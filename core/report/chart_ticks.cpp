#include "core/report/chart_ticks.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace near2 {

namespace {

constexpr double kEpsilon = 1e-9;

bool isWhole(double value)
{
    return std::abs(value - std::round(value)) < kEpsilon * std::max(1.0, std::abs(value));
}

// Digits after the point needed to spell multiples of `step` exactly (at most 6).
int decimalsOf(double step)
{
    int decimals = 0;
    while (decimals < 6 && !isWhole(step * std::pow(10.0, decimals)))
        ++decimals;
    return decimals;
}

double positionOf(AxisScale scale, double value)
{
    switch (scale) {
    case AxisScale::Log2:
        return std::log2(value);
    case AxisScale::Log10:
        return std::log10(value);
    case AxisScale::Linear:
        break;
    }
    return value;
}

// Both bounds positive for a log axis: a non-positive one takes the other's value (or 1).
void positiveRange(double& low, double& high)
{
    if (!(high > 0.0))
        high = low > 0.0 ? low : 1.0;
    if (!(low > 0.0))
        low = high;
    if (low > high)
        std::swap(low, high);
}

} // namespace

std::string formatNumber(double value, int decimals, const NumberStyle& style)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", std::clamp(decimals, 0, 12), value);
    std::string digits = buffer;
    bool negative = !digits.empty() && digits.front() == '-';
    if (negative)
        digits.erase(0, 1);
    if (digits.find_first_not_of("0.") == std::string::npos)
        negative = false; // never "-0" or "-0.00"
    const auto point = digits.find('.');
    std::string whole = digits.substr(0, point);
    const std::string fraction = point == std::string::npos ? std::string() : digits.substr(point + 1);
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += style.groupSeparator;
        grouped += whole[i];
    }
    std::string text = (negative ? "-" : "") + grouped;
    if (!fraction.empty())
        text += style.decimalPoint + fraction;
    return text;
}

std::string formatBytes(double bytes, const NumberStyle& style)
{
    static const std::array<const char*, 5> units{"B", "KiB", "MiB", "GiB", "TiB"};
    std::size_t unit = 0;
    double value = bytes;
    while (unit + 1 < units.size() && std::abs(value) >= 1024.0) {
        value /= 1024.0;
        ++unit;
    }
    const int decimals = isWhole(value) || std::abs(value - std::round(value)) < 0.05 ? 0 : 1;
    return formatNumber(value, decimals, style) + " " + units[unit];
}

std::string tickLabel(double value, TickFormat format, int decimals, const NumberStyle& style)
{
    switch (format) {
    case TickFormat::Integer:
    case TickFormat::Dim:
        return formatNumber(std::round(value), 0, style);
    case TickFormat::Percent:
        return formatNumber(value * 100.0, decimals, style) + "%";
    case TickFormat::Bytes:
        return formatBytes(value, style);
    case TickFormat::Number:
        break;
    }
    return formatNumber(value, decimals, style);
}

double AxisTicks::position(double value) const
{
    return positionOf(scale, value);
}

double AxisTicks::value(double position) const
{
    switch (scale) {
    case AxisScale::Log2:
        return std::exp2(position);
    case AxisScale::Log10:
        return std::pow(10.0, position);
    case AxisScale::Linear:
        break;
    }
    return position;
}

AxisTicks linearTicks(double low, double high, int maxTicks, TickFormat format, const NumberStyle& style)
{
    const bool integer = format == TickFormat::Integer || format == TickFormat::Dim;
    if (!std::isfinite(low) || !std::isfinite(high))
        low = 0.0, high = 1.0;
    if (low > high)
        std::swap(low, high);
    if (!(high > low)) {
        const double half = integer ? 1.0 : std::max(std::abs(low) * 0.05, 0.5);
        low -= half, high += half;
    }
    maxTicks = std::max(2, maxTicks);
    const double raw = (high - low) / (maxTicks - 1);
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    static const std::array<double, 4> mantissas{1.0, 2.0, 2.5, 5.0};
    AxisTicks axis;
    for (std::size_t candidate = 0;; ++candidate) {
        if (candidate == mantissas.size()) {
            candidate = 0;
            magnitude *= 10.0;
        }
        const double step = mantissas[candidate] * magnitude;
        if ((integer && (step < 1.0 || !isWhole(step))) || step < raw * (1.0 - kEpsilon))
            continue;
        const double first = std::floor(low / step + kEpsilon) * step;
        const double last = std::ceil(high / step - kEpsilon) * step;
        const auto count = static_cast<int>(std::llround((last - first) / step)) + 1;
        if (count > maxTicks)
            continue;
        const int decimals = decimalsOf(format == TickFormat::Percent ? step * 100.0 : step);
        axis.low = first;
        axis.high = last;
        for (int i = 0; i < count; ++i) {
            double value = first + i * step;
            if (std::abs(value) < step * kEpsilon)
                value = 0.0;
            axis.ticks.push_back({value, tickLabel(value, format, decimals, style)});
        }
        return axis;
    }
}

AxisTicks log2Ticks(double low, double high, int maxTicks, TickFormat format, double pad,
                    const NumberStyle& style)
{
    positiveRange(low, high);
    AxisTicks axis;
    axis.scale = AxisScale::Log2;
    axis.low = std::log2(low) - pad;
    axis.high = std::log2(high) + pad;
    const auto first = static_cast<int>(std::ceil(axis.low - kEpsilon));
    const auto last = static_cast<int>(std::floor(axis.high + kEpsilon));
    for (int every = 1;; ++every) {
        std::vector<AxisTick> ticks;
        for (int exponent = first; exponent <= last; ++exponent)
            if (((exponent % every) + every) % every == 0) {
                const double value = std::exp2(exponent);
                ticks.push_back(
                    {static_cast<double>(exponent),
                     tickLabel(value, value < 1.0 && format == TickFormat::Dim ? TickFormat::Number : format,
                               decimalsOf(value), style)});
            }
        if (static_cast<int>(ticks.size()) <= std::max(2, maxTicks) || every > last - first) {
            axis.ticks = std::move(ticks);
            return axis;
        }
    }
}

AxisTicks log10Ticks(double low, double high, int maxTicks, TickFormat format, double pad,
                     const NumberStyle& style)
{
    positiveRange(low, high);
    AxisTicks axis;
    axis.scale = AxisScale::Log10;
    axis.low = std::log10(low) - pad;
    axis.high = std::log10(high) + pad;
    const auto firstDecade = static_cast<int>(std::floor(axis.low)) - 1;
    const auto lastDecade = static_cast<int>(std::ceil(axis.high));
    const auto ticksWith = [&](const std::vector<double>& mantissas, int every) {
        std::vector<AxisTick> ticks;
        for (int decade = firstDecade; decade <= lastDecade; ++decade) {
            if (((decade % every) + every) % every != 0)
                continue;
            for (const double mantissa : mantissas) {
                const double value = mantissa * std::pow(10.0, decade);
                const double position = std::log10(value);
                if (position < axis.low - kEpsilon || position > axis.high + kEpsilon)
                    continue;
                const int decimals = std::max(0, -decade);
                const TickFormat shown =
                    format == TickFormat::Integer && value < 1.0 ? TickFormat::Number : format;
                ticks.push_back({position, tickLabel(value, shown, decimals, style)});
            }
        }
        return ticks;
    };
    maxTicks = std::max(2, maxTicks);
    for (const auto& mantissas : {std::vector<double>{1.0, 2.0, 5.0}, std::vector<double>{1.0, 3.0}})
        if (auto ticks = ticksWith(mantissas, 1); static_cast<int>(ticks.size()) <= maxTicks) {
            axis.ticks = std::move(ticks);
            return axis;
        }
    for (int every = 1;; ++every)
        if (auto ticks = ticksWith({1.0}, every);
            static_cast<int>(ticks.size()) <= maxTicks || every > lastDecade - firstDecade) {
            axis.ticks = std::move(ticks);
            return axis;
        }
}

} // namespace near2
