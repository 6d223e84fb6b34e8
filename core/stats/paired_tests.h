#pragma once
// Paired significance tests between two systems over per-query values, as ranx's compare() does them:
// the paired two-sided t-test, and Fisher's paired randomisation test (random sign flips of the per-query
// differences). Both take the values of the same queries in the same order; pure and thread-safe.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace near2::stats {

// The one test every view, the PDF and the CSV report: 10,000 sign flips, seed 42 (defaults of near2
// compare).
struct RandomisationOptions
{
    std::size_t permutations = 10000;
    std::uint64_t seed = 42; // the same seed gives the same p-value on every platform (std::mt19937_64 bits)
};

// The smallest p-value the sampled test can tell from 0: 1 / permutations (1e-4 at 10,000). ranx's p is
// count / permutations, so a sampled p of 0 means "below this", never "impossible".
double pValueResolution(const RandomisationOptions& options = {});
// "< 0.0001" below the resolution (or 0.0001 when permutations is 0), else four decimals ("0.0312"): never
// "0". The t-test's p is printed the same way.
std::string formatPValue(double p, const RandomisationOptions& options = {});

// Two-sided p-value for "mean(b - a) = 0". Exact when 2^n <= permutations (every sign assignment is
// enumerated: p = share of assignments whose |mean| >= the observed |mean|); otherwise Monte Carlo with
// `permutations` random assignments and p = count / permutations, as ranx. Empty input or all-zero
// differences give 1. Throws std::invalid_argument when the sizes differ.
double pairedRandomisationTest(std::span<const double> a, std::span<const double> b,
                               const RandomisationOptions& options = {});

// Paired two-sided t-test on d = b - a with n - 1 degrees of freedom (scipy.stats.ttest_rel). Fewer than two
// queries or all-zero differences give 1; a constant non-zero difference gives 0.
double pairedTTest(std::span<const double> a, std::span<const double> b);

} // namespace near2::stats
