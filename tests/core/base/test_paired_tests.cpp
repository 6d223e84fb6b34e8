// Paired significance tests: Student t tail against closed forms and table values, the paired t-test on a
// hand-computed case, and the randomisation test on exactly enumerable cases.
#include "core/stats/paired_tests.h"
#include "core/stats/student_t.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>
#include <vector>

using namespace near2::stats;

TEST(StudentT, MatchesClosedFormsAndTables)
{
    // df = 1 (Cauchy): p = 1 - 2/pi * atan|t|; df = 2: p = 1 - |t| / sqrt(2 + t^2).
    EXPECT_NEAR(studentTTwoSidedP(1.0, 1.0), 0.5, 1e-12);
    EXPECT_NEAR(studentTTwoSidedP(3.0, 1.0), 1.0 - 2.0 / std::numbers::pi * std::atan(3.0), 1e-12);
    EXPECT_NEAR(studentTTwoSidedP(2.0, 2.0), 1.0 - 2.0 / std::sqrt(6.0), 1e-12);
    // Critical values t(0.975, df) of the usual tables.
    EXPECT_NEAR(studentTTwoSidedP(2.776445105197799, 4.0), 0.05, 1e-10);
    EXPECT_NEAR(studentTTwoSidedP(-2.228138851986274, 10.0), 0.05, 1e-10);
    EXPECT_NEAR(studentTTwoSidedP(1.5, 7.0), 0.17729848698995643, 1e-9); // numerical integration of the pdf
    EXPECT_DOUBLE_EQ(studentTTwoSidedP(0.0, 5.0), 1.0);
}

TEST(PairedTTest, HandComputedCase)
{
    // d = b - a = 1,0,1,1,2: mean 1, sd sqrt(0.5), t = sqrt(10), df 4 → p = 0.0341094 (scipy ttest_rel).
    const std::vector<double> a{1, 2, 3, 4, 5};
    const std::vector<double> b{2, 2, 4, 5, 7};
    EXPECT_NEAR(pairedTTest(a, b), 0.03410942316737653, 1e-9);
    EXPECT_NEAR(pairedTTest(b, a), 0.03410942316737653, 1e-9); // two-sided: symmetric
}

TEST(PairedTTest, DegenerateCases)
{
    const std::vector<double> a{0.5, 0.25, 1.0};
    EXPECT_DOUBLE_EQ(pairedTTest(a, a), 1.0);
    const std::vector<double> shifted{0.6, 0.35, 1.1};
    EXPECT_DOUBLE_EQ(pairedTTest(a, shifted), 0.0);
    EXPECT_DOUBLE_EQ(pairedTTest(std::vector<double>{1.0}, std::vector<double>{2.0}), 1.0);
    EXPECT_THROW(pairedTTest(a, std::vector<double>{1.0}), std::invalid_argument);
}

TEST(PairedRandomisation, ExactEnumerationOfTinyCases)
{
    const std::vector<double> zeros{0, 0, 0, 0};
    // 16 sign assignments of 0.1,0.2,0.3,0.4: only all-plus and all-minus reach |sum| = 1.
    EXPECT_DOUBLE_EQ(pairedRandomisationTest(zeros, std::vector<double>{0.1, 0.2, 0.3, 0.4}), 2.0 / 16.0);
    // 1,1: sums 2, 0, 0, -2 → half the assignments are as extreme (ties count, despite rounding).
    EXPECT_DOUBLE_EQ(pairedRandomisationTest(std::vector<double>{0, 0}, std::vector<double>{1, 1}), 0.5);
    // 1,2,3,-1: observed 5; |sum| >= 5 for ±(1,2,3,-1), ±(1,2,3,1) and ±(1,-2,-3,-1) → 6/16.
    EXPECT_DOUBLE_EQ(pairedRandomisationTest(zeros, std::vector<double>{1, 2, 3, -1}), 0.375);
    EXPECT_DOUBLE_EQ(pairedRandomisationTest(zeros, zeros), 1.0);
}

TEST(PairedRandomisation, SampledIsSeededAndAgreesWithTheTTest)
{
    std::vector<double> a, b;
    for (int i = 0; i < 200; ++i) {
        a.push_back(0.5 + 0.3 * std::sin(i * 1.7));
        b.push_back(a.back() + 0.02 + 0.2 * std::cos(i * 2.3));
    }
    const RandomisationOptions options{.permutations = 20000, .seed = 7};
    const double p = pairedRandomisationTest(a, b, options);
    EXPECT_DOUBLE_EQ(p, pairedRandomisationTest(a, b, options)); // fixed seed: reproducible
    EXPECT_NEAR(p, pairedTTest(a, b), 0.02);                     // large n: both tests agree
    EXPECT_GT(p, 0.0);
    EXPECT_LT(p, 1.0);
}

// One way to print a p-value everywhere (issue 16): the sampled test's resolution is 1/10,000, and a p below
// it is "< 0.0001", never "0".
TEST(PValueText, BelowTheResolutionNeverZero)
{
    EXPECT_DOUBLE_EQ(pValueResolution(), 1e-4);
    EXPECT_EQ(formatPValue(0.0), "< 0.0001");
    EXPECT_EQ(formatPValue(2e-5), "< 0.0001");
    EXPECT_EQ(formatPValue(1e-4), "0.0001");
    EXPECT_EQ(formatPValue(0.03125), "0.0312");
    EXPECT_EQ(formatPValue(1.0), "1.0000");
    EXPECT_EQ(formatPValue(0.0, {.permutations = 2000}), "< 0.0005");
    // A clear difference over 300 queries: no sign flip of 10,000 reaches it, so p is 0 and reads "< 0.0001".
    std::vector<double> a, b;
    for (int i = 0; i < 300; ++i) {
        a.push_back(0.4 + 0.1 * std::sin(i));
        b.push_back(a.back() + 0.05 + 0.01 * std::cos(i));
    }
    const double p = pairedRandomisationTest(a, b);
    EXPECT_EQ(p, 0.0);
    EXPECT_EQ(formatPValue(p), "< 0.0001");
}
