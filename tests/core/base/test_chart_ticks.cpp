// Axis ticks of the charts: round linear steps (integers for counts), powers of two for dims and bytes,
// 1-2-5 steps on log10 axes, and the labels they carry (issue 16: no "1,296.8", no log axis without labels).
#include "core/report/chart_ticks.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace near2;

namespace {

std::vector<std::string> labelsOf(const AxisTicks& axis)
{
    std::vector<std::string> labels;
    for (const auto& tick : axis.ticks)
        labels.push_back(tick.label);
    return labels;
}

std::vector<double> positionsOf(const AxisTicks& axis)
{
    std::vector<double> positions;
    for (const auto& tick : axis.ticks)
        positions.push_back(tick.position);
    return positions;
}

} // namespace

TEST(ChartTicks, FormatsNumbersWithGroupingAndNoNegativeZero)
{
    EXPECT_EQ(formatNumber(1296.0, 0), "1,296");
    EXPECT_EQ(formatNumber(1234567.891, 2), "1,234,567.89");
    EXPECT_EQ(formatNumber(-0.0001, 2), "0.00");
    EXPECT_EQ(formatNumber(-12.5, 1), "-12.5");
    EXPECT_EQ(formatNumber(999.0, 0), "999");
    const NumberStyle german{",", "."};
    EXPECT_EQ(formatNumber(1296.25, 2, german), "1.296,25");
}

TEST(ChartTicks, FormatsBytesInBinaryUnits)
{
    EXPECT_EQ(formatBytes(32), "32 B");
    EXPECT_EQ(formatBytes(0.5), "0.5 B");
    EXPECT_EQ(formatBytes(1000), "1,000 B");
    EXPECT_EQ(formatBytes(1024), "1 KiB");
    EXPECT_EQ(formatBytes(1536), "1.5 KiB");
    EXPECT_EQ(formatBytes(3072), "3 KiB");
    EXPECT_EQ(formatBytes(5.0 * 1024 * 1024), "5 MiB");
}

TEST(ChartTicks, CountsGetIntegerTicks)
{
    // The score distribution's old axis: 0 … 1,234 × 1.05 in fifths gave "1,296.8".
    const auto axis = linearTicks(0, 1234 * 1.05, 6, TickFormat::Integer);
    EXPECT_EQ(labelsOf(axis), (std::vector<std::string>{"0", "500", "1,000", "1,500"}));
    EXPECT_DOUBLE_EQ(axis.low, 0.0);
    EXPECT_DOUBLE_EQ(axis.high, 1500.0);
    // Few counts: steps of 1, never 0.5.
    EXPECT_EQ(labelsOf(linearTicks(0, 3, 6, TickFormat::Integer)),
              (std::vector<std::string>{"0", "1", "2", "3"}));
    for (const auto& tick : linearTicks(0, 7, 3, TickFormat::Integer).ticks)
        EXPECT_DOUBLE_EQ(tick.position, std::round(tick.position));
}

TEST(ChartTicks, LinearTicksAtRoundStepsCoverTheRange)
{
    const auto metric = linearTicks(0.021, 0.137, 6, TickFormat::Number);
    EXPECT_EQ(labelsOf(metric), (std::vector<std::string>{"0.00", "0.05", "0.10", "0.15"}));
    EXPECT_LE(metric.low, 0.021);
    EXPECT_GE(metric.high, 0.137);
    EXPECT_EQ(labelsOf(linearTicks(-0.23, 0.41, 8, TickFormat::Number)),
              (std::vector<std::string>{"-0.4", "-0.2", "0.0", "0.2", "0.4", "0.6"}));
    EXPECT_EQ(labelsOf(linearTicks(0, 0.3, 4, TickFormat::Percent)),
              (std::vector<std::string>{"0%", "10%", "20%", "30%"}));
    const auto flat = linearTicks(0.5, 0.5, 5, TickFormat::Number); // one value: a range around it
    EXPECT_LT(flat.low, 0.5);
    EXPECT_GT(flat.high, 0.5);
    EXPECT_GE(flat.ticks.size(), 2u);
}

TEST(ChartTicks, DimAxisTicksAtPowersOfTwo)
{
    const auto axis = log2Ticks(8, 768, 10, TickFormat::Dim);
    EXPECT_EQ(labelsOf(axis),
              (std::vector<std::string>{"8", "16", "32", "64", "128", "256", "512", "1,024"}));
    EXPECT_DOUBLE_EQ(axis.ticks.front().position, 3.0);
    EXPECT_DOUBLE_EQ(axis.position(64), 6.0);
    EXPECT_DOUBLE_EQ(axis.value(6.0), 64.0);
    EXPECT_DOUBLE_EQ(axis.low, 2.5);
    // Fewer allowed: every other octave, on even exponents (so 1 KiB = 2^10 keeps its tick).
    EXPECT_EQ(labelsOf(log2Ticks(8, 768, 5, TickFormat::Dim)),
              (std::vector<std::string>{"16", "64", "256", "1,024"}));
}

TEST(ChartTicks, MemoryAxisTicksInBytes)
{
    // float32 bytes of dims 8 … 768.
    EXPECT_EQ(
        labelsOf(log2Ticks(32, 3072, 12, TickFormat::Bytes)),
        (std::vector<std::string>{"32 B", "64 B", "128 B", "256 B", "512 B", "1 KiB", "2 KiB", "4 KiB"}));
    EXPECT_EQ(labelsOf(log2Ticks(32, 3072, 4, TickFormat::Bytes)),
              (std::vector<std::string>{"64 B", "256 B", "1 KiB", "4 KiB"}));
    // binary codes: 1 byte per vector at dim 8.
    EXPECT_EQ(labelsOf(log2Ticks(1, 4, 10, TickFormat::Bytes)),
              (std::vector<std::string>{"1 B", "2 B", "4 B"}));
}

TEST(ChartTicks, Log10TicksInOneTwoFiveSteps)
{
    const auto ranks = log10Ticks(1, 11, 8, TickFormat::Integer);
    EXPECT_EQ(labelsOf(ranks), (std::vector<std::string>{"1", "2", "5", "10"}));
    EXPECT_NEAR(ranks.ticks[1].position, std::log10(2.0), 1e-12);
    EXPECT_EQ(labelsOf(log10Ticks(0.02, 30, 8, TickFormat::Number)),
              (std::vector<std::string>{"0.03", "0.1", "0.3", "1", "3", "10", "30"}));
    EXPECT_EQ(labelsOf(log10Ticks(1, 1e6, 4, TickFormat::Integer)),
              (std::vector<std::string>{"1", "100", "10,000", "1,000,000"}));
    for (const double position : positionsOf(log10Ticks(3, 700, 6, TickFormat::Integer))) {
        EXPECT_GE(position, std::log10(3) - 0.1 - 1e-9);
        EXPECT_LE(position, std::log10(700) + 0.1 + 1e-9);
    }
}
