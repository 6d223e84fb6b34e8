#include "core/stats/paired_tests.h"

#include "core/stats/student_t.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <random>
#include <stdexcept>
#include <vector>

namespace near2::stats {

namespace {

std::vector<double> differences(std::span<const double> a, std::span<const double> b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("paired test: the two systems have different query counts");
    std::vector<double> d(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        d[i] = b[i] - a[i];
    return d;
}

// Sums within this much of the observed one count as "as extreme" (rounding of equal sums).
double tolerance(const std::vector<double>& d)
{
    double scale = 0.0;
    for (const double value : d)
        scale += std::fabs(value);
    return 1e-9 * (scale > 0.0 ? scale : 1.0);
}

double exactRandomisation(const std::vector<double>& d, double observed, double slack)
{
    const std::uint64_t assignments = std::uint64_t{1} << d.size();
    std::uint64_t extreme = 0;
    for (std::uint64_t signs = 0; signs < assignments; ++signs) {
        double sum = 0.0;
        for (std::size_t i = 0; i < d.size(); ++i)
            sum += ((signs >> i) & 1U) ? -d[i] : d[i];
        if (std::fabs(sum) >= observed - slack)
            ++extreme;
    }
    return static_cast<double>(extreme) / static_cast<double>(assignments);
}

double sampledRandomisation(const std::vector<double>& d, double observed, double slack,
                            const RandomisationOptions& options)
{
    std::mt19937_64 random(options.seed);
    std::size_t extreme = 0;
    for (std::size_t p = 0; p < options.permutations; ++p) {
        double sum = 0.0;
        std::uint64_t bits = 0;
        for (std::size_t i = 0; i < d.size(); ++i) {
            if (i % 64 == 0)
                bits = random();
            sum += (bits & 1U) ? -d[i] : d[i];
            bits >>= 1;
        }
        if (std::fabs(sum) >= observed - slack)
            ++extreme;
    }
    return static_cast<double>(extreme) / static_cast<double>(options.permutations);
}

} // namespace

double pairedRandomisationTest(std::span<const double> a, std::span<const double> b,
                               const RandomisationOptions& options)
{
    const auto d = differences(a, b);
    double observed = 0.0;
    bool anyDifference = false;
    for (const double value : d) {
        observed += value;
        anyDifference = anyDifference || value != 0.0;
    }
    if (!anyDifference || options.permutations == 0)
        return 1.0;
    observed = std::fabs(observed);
    const double slack = tolerance(d);
    if (d.size() < 63 && (std::uint64_t{1} << d.size()) <= options.permutations)
        return exactRandomisation(d, observed, slack);
    return sampledRandomisation(d, observed, slack, options);
}

double pValueResolution(const RandomisationOptions& options)
{
    return options.permutations > 0 ? std::max(1e-4, 1.0 / static_cast<double>(options.permutations)) : 1e-4;
}

std::string formatPValue(double p, const RandomisationOptions& options)
{
    const double resolution = pValueResolution(options);
    const int decimals = std::max(4, static_cast<int>(std::ceil(-std::log10(resolution) - 1e-9)));
    if (p < resolution)
        return fmt::format("< {:.{}f}", resolution, decimals);
    return fmt::format("{:.{}f}", p, decimals);
}

double pairedTTest(std::span<const double> a, std::span<const double> b)
{
    const auto d = differences(a, b);
    const auto n = static_cast<double>(d.size());
    if (d.size() < 2)
        return 1.0;
    double mean = 0.0;
    for (const double value : d)
        mean += value;
    mean /= n;
    double squares = 0.0;
    for (const double value : d)
        squares += (value - mean) * (value - mean);
    const double standardError = std::sqrt(squares / (n - 1.0) / n);
    if (standardError <= 1e-15 * std::fabs(mean) || standardError == 0.0)
        return mean == 0.0 ? 1.0 : 0.0;
    return studentTTwoSidedP(mean / standardError, n - 1.0);
}

} // namespace near2::stats
