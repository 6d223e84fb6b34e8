#pragma once
// Where a chart axis puts its ticks and what each tick says, as plain values (no Qt) shared by the Charts
// tab, its PNG/SVG export and the PDF report: round steps on linear axes (integers for counts), powers of
// two on dim and memory axes ("8", "16", … ; "32 B", "1 KiB", …), 1-2-5 steps on log10 axes (ranks, latency,
// counts). A log axis is drawn linear in its positions: position(value) = log2 or log10 of the value.
#include <string>
#include <vector>

namespace near2 {

// How numbers are spelt: the locale's decimal point and thousands separator (UTF-8).
struct NumberStyle
{
    std::string decimalPoint = ".";
    std::string groupSeparator = ",";
};

// "1,296" / "0.25" / "-3.5": `decimals` digits after the point, thousands grouped, never "-0".
std::string formatNumber(double value, int decimals, const NumberStyle& style = {});
// Bytes in binary units: "1 B", "0.5 B", "96 B", "1 KiB", "1.5 KiB", "3 MiB" (at most one decimal).
std::string formatBytes(double bytes, const NumberStyle& style = {});

enum class AxisScale { Linear, Log2, Log10 };
enum class TickFormat { Number, Integer, Percent, Bytes, Dim };

struct AxisTick
{
    double position = 0.0; // on the drawn (linear) axis: the value, or its log
    std::string label;
};

struct AxisTicks
{
    AxisScale scale = AxisScale::Linear;
    double low = 0.0, high = 1.0;        // the axis' range, in positions
    std::vector<AxisTick> ticks;         // ascending, within [low, high]
    double position(double value) const; // where a data value goes on the drawn axis
    double value(double position) const; // the inverse
};

// Ticks at round steps (1, 2, 2.5, 5 × 10^n; at least 1 for Integer) covering [low, high], at most
// `maxTicks`; the range widens to the outer ticks. Percent takes fractions (0.25 → "25%").
AxisTicks linearTicks(double low, double high, int maxTicks, TickFormat format,
                      const NumberStyle& style = {});
// Ticks at powers of two (every 1, 2, 3 … octaves, so that at most `maxTicks` remain) for values in
// [low, high] > 0, the range padded by `pad` octaves each side. Format Bytes or Dim (an integer).
AxisTicks log2Ticks(double low, double high, int maxTicks, TickFormat format, double pad = 0.5,
                    const NumberStyle& style = {});
// Ticks at 1, 2, 5 × 10^n (or 1 × 10^n, every decade or every few, when more would exceed `maxTicks`) for
// values in [low, high] > 0, the range padded by `pad` decades each side.
AxisTicks log10Ticks(double low, double high, int maxTicks, TickFormat format, double pad = 0.1,
                     const NumberStyle& style = {});

// The tick label of `value` in `format`, with `decimals` for Number/Percent.
std::string tickLabel(double value, TickFormat format, int decimals, const NumberStyle& style = {});

} // namespace near2
