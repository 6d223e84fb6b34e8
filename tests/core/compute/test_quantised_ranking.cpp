// The int8 first pass of single-query ranking never changes the result: NestedLayout::topK equals the exact
// full scan bit for bit (and a double-precision brute force on well-separated data) at nested dims and
// between them, on random and adversarial catalogs (near-ties, duplicates, zero rows, extreme magnitudes),
// while the bounds leave only a few rows to rescore.
#include "core/search/cosine_bounds.h"
#include "core/search/int8_dots.h"
#include "core/search/nested_layout.h"
#include "core/search/quantised_blocks.h"
#include "core/search/quantised_query.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace near2;

namespace {

const std::vector<int> kNested{8, 16, 32, 64, 128, 256, 512};

std::vector<float> gaussian(std::size_t count, unsigned seed, float sigma = 1.0f)
{
    std::mt19937 random(seed);
    std::normal_distribution<float> normal(0.0f, sigma);
    std::vector<float> values(count);
    for (auto& value : values)
        value = normal(random);
    return values;
}

std::vector<std::uint32_t> shuffledTieRanks(std::size_t n)
{
    std::vector<std::uint32_t> ranks(n);
    for (std::size_t i = 0; i < n; ++i)
        ranks[i] = static_cast<std::uint32_t>((i * 7919) % n);
    return ranks;
}

// Cosine of the d-dim prefixes, in double.
double cosine(const float* a, const float* b, int d)
{
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < d; ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

// topK with the int8 pass equals the full exact scan bit for bit; returns what the int8 pass did.
ScanReport expectSameAsFullScan(const NestedLayout& layout, const std::vector<float>& query, int dim,
                                std::size_t k, std::span<const std::uint32_t> ties = {})
{
    ScanReport report;
    const auto fast = layout.topK(query, dim, k, ties, 2, &report);
    const auto full = layout.topKByFullScan(query, dim, k, ties, 2);
    EXPECT_EQ(fast.size(), full.size()) << "dim " << dim;
    for (std::size_t r = 0; r < std::min(fast.size(), full.size()); ++r) {
        EXPECT_EQ(fast[r].doc, full[r].doc) << "dim " << dim << " rank " << r;
        EXPECT_EQ(fast[r].score, full[r].score) << "dim " << dim << " rank " << r;
    }
    return report;
}

// Sums each row's dot lanes.
std::vector<float> dotsOf(const std::vector<float>& lanes, std::size_t rows)
{
    std::vector<float> dots(rows);
    sumDotLanes(lanes.data(), rows, dots.data());
    return dots;
}

} // namespace

TEST(Int8Dots, EveryKernelAgreesWithTheExactIntegerDots)
{
    // Up to 1,100 columns: past the byte kernel's 1,024, with codes small enough for exact int32 sums.
    const std::size_t width = 1100, rows = 5;
    const int maxCode = std::min(kMaxQueryCode, static_cast<int>(2147483647 / (127 * width)));
    std::mt19937 random(1);
    std::uniform_int_distribution<int> code(-127, 127), query(-maxCode, maxCode);
    std::vector<std::int8_t> block(rows * width);
    for (auto& value : block)
        value = static_cast<std::int8_t>(code(random));
    std::vector<std::int16_t> codes(width);
    for (auto& value : codes)
        value = static_cast<std::int16_t>(query(random));
    const std::vector<float> scales{0.5f, 1.0f, 0.25f, 2.0f, 0.0f};
    for (const std::size_t used :
         {1u, 7u, 8u, 16u, 31u, 32u, 33u, 63u, 64u, 65u, 100u, 300u, 1024u, 1025u, 1100u}) {
        std::vector<double> expectedDots(rows), expectedSquares(rows);
        for (std::size_t r = 0; r < rows; ++r) {
            std::int64_t dot = 0, square = 0;
            for (std::size_t i = 0; i < used; ++i) {
                dot += block[r * width + i] * codes[i];
                square += block[r * width + i] * block[r * width + i];
            }
            // Twice, as two segments add up in the lanes.
            expectedDots[r] = 2.0 * scales[r] * static_cast<double>(dot);
            expectedSquares[r] = 2.0 + scales[r] * scales[r] * static_cast<double>(square);
        }
        for (const auto kernel : {Int8Kernel::Scalar, Int8Kernel::Avx2, Int8Kernel::Avx512}) {
            std::vector<float> lanes(rows * kDotLanes, 0.0f), squares(rows, 2.0f);
            if (!addScaledInt8DotsWith(kernel, block.data(), width, used, codes.data(), rows, scales.data(),
                                       lanes.data(), squares.data()))
                continue; // not on this CPU
            addScaledInt8DotsWith(kernel, block.data(), width, used, codes.data(), rows, scales.data(),
                                  lanes.data(), nullptr);
            const auto dots = dotsOf(lanes, rows);
            for (std::size_t r = 0; r < rows; ++r) {
                EXPECT_NEAR(dots[r], expectedDots[r], 1e-6 * (std::fabs(expectedDots[r]) + 1.0))
                    << "kernel " << static_cast<int>(kernel) << " used " << used << " row " << r;
                EXPECT_FLOAT_EQ(squares[r], static_cast<float>(expectedSquares[r]));
            }
        }
    }
}

TEST(QuantisedBlocks, ErrorNormsBoundTheRoundingOfEveryPrefix)
{
    const std::size_t rows = 50, dim = 40;
    auto values = gaussian(rows * dim, 2);
    values[3 * dim + 5] = 1e30f; // row 3: outside the safe range
    for (std::size_t i = 0; i < dim; ++i)
        values[7 * dim + i] = 0.0f; // row 7: zero
    const std::vector<int> ends{8, 16, 40};
    const NestedLayout layout(EmbeddingMatrix(values, rows, dim), ends);
    const QuantisedBlocks& blocks = layout.quantised();
    for (std::size_t row = 0; row < rows; ++row) {
        double error = 0.0;
        int start = 0;
        for (std::size_t s = 0; s < ends.size(); ++s) {
            const auto width = static_cast<std::size_t>(ends[s] - start);
            for (std::size_t i = 0; i < width; ++i) {
                const double dequantised = double(blocks.scales(s)[row]) * blocks.block(s)[row * width + i];
                const double residual = values[row * dim + static_cast<std::size_t>(start) + i] - dequantised;
                error += residual * residual;
            }
            if (row == 3)
                EXPECT_TRUE(std::isinf(blocks.errorNorms(s)[row]));
            else
                EXPECT_GE(double(blocks.errorNorms(s)[row]), std::sqrt(error)) << "row " << row;
            start = ends[s];
        }
    }
    EXPECT_EQ(blocks.errorNorms(2)[7], 0.0f);
    EXPECT_EQ(layout.quantisedBytesPerRow(), dim + 8 * ends.size());
}

TEST(QuantisedQuery, RoundsWithinHalfAStepAndRefusesUnsafeQueries)
{
    const auto query = gaussian(768, 3);
    const auto quantised = quantiseQuery(query, 768);
    ASSERT_TRUE(quantised.has_value());
    double largest = 0.0;
    for (std::size_t i = 0; i < query.size(); ++i) {
        EXPECT_LE(std::fabs(query[i] - quantised->step * quantised->codes[i]), quantised->step / 2 * 1.0001);
        largest = std::max(largest, std::fabs(double(quantised->codes[i])));
    }
    EXPECT_LT(768.0 * 127.0 * largest, 2147483648.0); // integer dots cannot overflow
    EXPECT_FALSE(quantiseQuery(std::vector<float>(10, 0.0f), 10).has_value());
    EXPECT_FALSE(quantiseQuery(std::vector<float>{1.0f, 1e30f}, 2).has_value());
    EXPECT_FALSE(quantiseQuery(std::vector<float>{1.0f, std::nanf("")}, 2).has_value());
    EXPECT_TRUE(quantiseQuery(std::vector<float>{1.0f, 1e30f}, 1).has_value()); // only the prefix counts
}

// Rows whose rounding errors all point along the query (or against it), where Cauchy–Schwarz is tight: the
// interval must still hold the exact fp32 score, which lies close to its edge (so a narrower bound breaks).
TEST(CosineBounds, HoldTheExactScoreWhereRoundingErrorsAlignWithTheQuery)
{
    const std::size_t dim = 64;
    std::mt19937 random(13);
    std::uniform_int_distribution<int> code(10, 100);
    std::vector<float> values(2 * dim);
    for (std::size_t i = 0; i < dim; ++i) {
        const auto base = static_cast<float>(i % 32 == 0 ? 127 : code(random));
        values[i] = i % 32 == 0 ? base : base + 0.49f;       // row 0: errors along the query
        values[dim + i] = i % 32 == 0 ? base : base - 0.49f; // row 1: against it
    }
    const EmbeddingMatrix matrix(values, 2, dim);
    const std::vector<int> ends{32, 64};
    const NestedLayout layout(matrix, {32});
    const QuantisedBlocks& blocks = layout.quantised();
    const std::vector<float> query(dim, 1.0f);
    for (const int at : {64, 50}) {
        const auto quantised = quantiseQuery(query, at);
        ASSERT_TRUE(quantised.has_value());
        const CosineBounds bounds(*quantised, at, ends.size());
        for (std::size_t row = 0; row < 2; ++row) {
            std::vector<float> lanes(kDotLanes, 0.0f);
            float dot = 0.0f, squares = 0.0f, wholeSquares = 0.0f;
            addScaledInt8Dots(blocks.block(0) + row * 32, 32, 32, quantised->codes.data(), 1,
                              blocks.scales(0) + row, lanes.data(), nullptr);
            addScaledInt8Dots(blocks.block(1) + row * 32, 32, static_cast<std::size_t>(at) - 32,
                              quantised->codes.data() + 32, 1, blocks.scales(1) + row, lanes.data(),
                              &squares);
            sumDotLanes(lanes.data(), 1, &dot);
            for (std::size_t i = 0; i < 32; ++i)
                wholeSquares += values[row * dim + i] * values[row * dim + i];
            const auto interval =
                at == 64 ? bounds.atNestedDim(dot, blocks.errorNorms(1)[row],
                                              1.0f / std::sqrt(wholeSquares + squares))
                         : bounds.betweenNestedDims(dot, blocks.errorNorms(1)[row], wholeSquares, squares);
            double score = 0.0;
            for (const auto& candidate : layout.topKByFullScan(query, at, 2))
                if (candidate.doc == static_cast<std::int32_t>(row))
                    score = candidate.score;
            EXPECT_LE(interval.lower, score) << "dim " << at << " row " << row;
            EXPECT_GE(interval.upper, score) << "dim " << at << " row " << row;
            if (at == 64) { // the errors use up most of the half-width
                const double middle = (interval.lower + interval.upper) / 2, half = interval.upper - middle;
                EXPECT_GT(std::fabs(score - middle), 0.5 * half) << "row " << row;
            }
        }
    }
}

class QuantisedRanking : public ::testing::Test
{
protected:
    static constexpr std::size_t kRows = 20000, kDim = 768;
    static void SetUpTestSuite()
    {
        corpus = new std::vector<float>(gaussian(kRows * kDim, 4));
        layout = new NestedLayout(EmbeddingMatrix(*corpus, kRows, kDim), kNested);
    }
    static void TearDownTestSuite()
    {
        delete layout;
        delete corpus;
    }
    static std::vector<float>* corpus;
    static NestedLayout* layout;
};
std::vector<float>* QuantisedRanking::corpus = nullptr;
NestedLayout* QuantisedRanking::layout = nullptr;

TEST_F(QuantisedRanking, EqualsTheFullScanAndBruteForceAtNestedAndOtherDims)
{
    const auto ties = shuffledTieRanks(kRows);
    for (const unsigned seed : {5u, 6u}) {
        const auto query = gaussian(kDim, seed);
        for (const int dim : {1, 7, 8, 31, 32, 33, 64, 100, 128, 300, 512, 767, 768}) {
            const auto report = expectSameAsFullScan(*layout, query, dim, 10, ties);
            if (dim >= 32) {
                EXPECT_TRUE(report.quantisedPass) << "dim " << dim;
                EXPECT_LT(report.rescoredRows, kRows / 100) << "dim " << dim; // the bounds prune
            }
            std::vector<std::pair<double, std::int32_t>> expected;
            for (std::size_t row = 0; row < kRows; ++row)
                expected.emplace_back(cosine(query.data(), corpus->data() + row * kDim, dim),
                                      static_cast<std::int32_t>(row));
            std::partial_sort(expected.begin(), expected.begin() + 10, expected.end(),
                              [](const auto& a, const auto& b) { return a.first > b.first; });
            const auto top = layout->topK(query, dim, 10, ties);
            for (std::size_t r = 0; r < 10 && dim >= 8; ++r) { // below 8 dims exact ties are common
                EXPECT_EQ(top[r].doc, expected[r].second) << "dim " << dim << " rank " << r;
                EXPECT_NEAR(top[r].score, expected[r].first, 1e-5);
            }
        }
    }
}

TEST_F(QuantisedRanking, LargeKAndKBeyondTheRowsFallBackToTheSameResult)
{
    const auto query = gaussian(kDim, 7);
    for (const std::size_t k : {std::size_t{300}, std::size_t{2000}, kRows, kRows + 5})
        for (const int dim : {100, 768})
            expectSameAsFullScan(*layout, query, dim, k);
    EXPECT_EQ(layout->topK(query, 768, kRows + 5).size(), kRows);
}

TEST(QuantisedRankingAdversarial, NearTiesDuplicatesZerosAndExtremeMagnitudes)
{
    const std::size_t rows = 20000, width = 768;
    auto values = gaussian(rows * width, 8, 0.01f);
    const auto query = gaussian(width, 9);
    // 400 rows nearly parallel to the query (scores apart in the last bits), 150 exact duplicates of one of
    // them, zero rows, rows scaled far up and down (some beyond the safe range) and one NaN row.
    const auto noise = gaussian(400 * width, 10, 1e-6f);
    for (std::size_t r = 0; r < 400; ++r)
        for (std::size_t i = 0; i < width; ++i)
            values[(r * 31) * width + i] =
                query[i] * (1.0f + 1e-3f * static_cast<float>(r % 3)) + noise[r * width + i];
    for (std::size_t r = 0; r < 150; ++r)
        std::copy_n(values.begin() + 31 * width, width,
                    values.begin() + static_cast<std::ptrdiff_t>((r * 31 + 7) * width));
    const float scaleOf[] = {0.0f, 1e-30f, 1e-15f, 1e15f, 1e30f};
    for (std::size_t r = 0; r < 500; ++r)
        for (std::size_t i = 0; i < width; ++i) {
            float& value = values[(r * 37 + 11) * width + i];
            value = (r % 2 == 0 ? query[i] : value) * scaleOf[r % 5];
        }
    values[5 * width + 3] = std::nanf("");
    const NestedLayout layout(EmbeddingMatrix(values, rows, width), kNested);
    const auto ties = shuffledTieRanks(rows);
    for (const int dim : {1, 7, 8, 32, 100, 256, 300, 768})
        for (const std::size_t k : {1u, 10u, 250u}) {
            const auto report = expectSameAsFullScan(layout, query, dim, k, ties);
            expectSameAsFullScan(layout, query, dim, k);
            if (dim >= 32 && k == 10) {
                EXPECT_TRUE(report.quantisedPass && report.rescoredRows < rows / 16) << "dim " << dim;
            }
        }
    auto extremeQuery = query;
    extremeQuery[0] = 1e35f; // outside the safe range: the exact scan alone
    ScanReport report;
    layout.topK(extremeQuery, 768, 10, {}, 2, &report);
    EXPECT_FALSE(report.quantisedPass);
    expectSameAsFullScan(layout, extremeQuery, 768, 10);
}

TEST(QuantisedRankingAdversarial, FewerScorableRowsThanK)
{
    const std::size_t rows = 4000, dim = 64;
    std::vector<float> values(rows * dim, std::nanf(""));
    const auto finite = gaussian(30 * dim, 11);
    std::copy(finite.begin(), finite.end(), values.begin() + 100 * dim);
    const NestedLayout layout(EmbeddingMatrix(values, rows, dim), {32});
    const auto query = gaussian(dim, 12);
    const auto report = expectSameAsFullScan(layout, query, 64, 50);
    EXPECT_TRUE(report.quantisedPass);
    EXPECT_EQ(layout.topK(query, 64, 50).size(), 30u);
}
