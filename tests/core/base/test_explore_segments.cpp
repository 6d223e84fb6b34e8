// Score by nested segment (core/explore/segment_scores.h) against a NumPy reference written here, and by
// hand on a small case; the comparison of a relevant product with the one that beat it.
#include "core/explore/segment_scores.h"
#include "tests/core/numpy_reference.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace near2;
using namespace near2::explore;

namespace {

// argv[1]: line 1 the segment ends, line 2 the query, line 3 the product. Prints the prefix cosines, the
// segment dots, the shares and the contribution matrix, each flattened.
const char* kReference = R"(import sys
import numpy as np
lines = open(sys.argv[1]).read().splitlines()
ends = [int(float(v)) for v in lines[0].split()]
q = np.array(lines[1].split(), dtype=np.float32).astype(np.float64)
p = np.array(lines[2].split(), dtype=np.float32).astype(np.float64)
starts = [0] + ends[:-1]
seg = np.array([q[a:b] @ p[a:b] for a, b in zip(starts, ends)])
cos = []
contrib = np.zeros((len(ends), len(ends)))
for i, e in enumerate(ends):
    scale = 1.0 / (np.linalg.norm(q[:e]) * np.linalg.norm(p[:e]))
    cos.append((q[:e] @ p[:e]) * scale)
    contrib[i, : i + 1] = seg[: i + 1] * scale
share = seg / (q @ p)
for values in (cos, seg, share, contrib.ravel()):
    print(" ".join(repr(float(v)) for v in values))
)";

std::vector<float> randomVector(std::size_t dim, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    std::vector<float> values(dim);
    for (auto& value : values)
        value = normal(generator);
    return values;
}

} // namespace

TEST(ExploreSegments, MatchesTheNumpyReference)
{
    NEAR2_REQUIRE_NUMPY();
    test::ScratchDir scratch;
    const auto query = randomVector(96, 1), product = randomVector(96, 2);
    const std::vector<int> dims{8, 16, 32, 64}; // the full dim 96 is added as the last segment end
    const auto scores = scoreBySegment(query, product, dims);
    ASSERT_EQ(scores.dims, (std::vector<int>{8, 16, 32, 64, 96}));
    const std::vector<double> ends(scores.dims.begin(), scores.dims.end());
    const auto reference = test::runNumpy(kReference,
                                          test::numbersLine(ends) + "\n" + test::numbersLine(query) + "\n" +
                                              test::numbersLine(product) + "\n",
                                          scratch);
    const std::size_t n = scores.dims.size();
    ASSERT_EQ(reference.size(), 3 * n + n * n);
    for (std::size_t i = 0; i < n; ++i) {
        EXPECT_NEAR(scores.prefixCosine[i], reference[i], 1e-12) << "dim " << scores.dims[i];
        EXPECT_NEAR(scores.segmentDot[i], reference[n + i], 1e-9) << "segment " << i;
        EXPECT_NEAR(scores.share[i], reference[2 * n + i], 1e-9) << "segment " << i;
    }
    for (std::size_t c = 0; c < n * n; ++c)
        EXPECT_NEAR(scores.contributions[c], reference[3 * n + c], 1e-12) << "entry " << c;
}

TEST(ExploreSegments, HandComputedCase)
{
    // q = (1, 0, 1, 1), p = (1, 1, -1, 1); segments [0,2), [2,4).
    const std::vector<float> q{1, 0, 1, 1}, p{1, 1, -1, 1};
    const auto scores = scoreBySegment(q, p, {2});
    EXPECT_EQ(scores.segmentDot, (std::vector<double>{1.0, 0.0}));
    EXPECT_NEAR(scores.prefixCosine[0], 1.0 / std::sqrt(2.0), 1e-15);  // (1,0)·(1,1) / (1 · √2)
    EXPECT_NEAR(scores.prefixCosine[1], 1.0 / std::sqrt(12.0), 1e-15); // 1 / (√3 · 2)
    EXPECT_EQ(scores.share, (std::vector<double>{1.0, 0.0}));
    EXPECT_NEAR(scores.contribution(1, 0), 1.0 / std::sqrt(12.0), 1e-15);
    EXPECT_EQ(scores.contribution(0, 1), 0.0); // segment 1 is not part of dim 2
}

TEST(ExploreSegments, ContributionsAddUpToEachPrefixCosine)
{
    const auto query = randomVector(256, 3), product = randomVector(256, 4);
    const auto scores = scoreBySegment(query, product, {8, 16, 32, 64, 128});
    double shares = 0.0;
    for (std::size_t i = 0; i < scores.dims.size(); ++i) {
        double sum = 0.0;
        for (std::size_t j = 0; j < scores.dims.size(); ++j)
            sum += scores.contribution(i, j);
        EXPECT_NEAR(sum, scores.prefixCosine[i], 1e-14);
        shares += scores.share[i];
    }
    EXPECT_NEAR(shares, 1.0, 1e-12);
}

TEST(ExploreSegments, ZeroPrefixesAndAZeroDotScoreZero)
{
    const std::vector<float> q{0, 0, 1, 0}, p{1, 1, 0, 1};
    const auto scores = scoreBySegment(q, p, {2});
    EXPECT_EQ(scores.prefixCosine, (std::vector<double>{0.0, 0.0}));
    EXPECT_EQ(scores.share, (std::vector<double>{0.0, 0.0}));
    EXPECT_THROW(scoreBySegment(q, std::vector<float>{1, 2}, {2}), std::invalid_argument);
}

TEST(ExploreSegments, TheDecisiveSegmentIsWhereTheOtherProductGainsMost)
{
    // The relevant product matches the query in segment 0, the other one in segment 1, more strongly.
    const std::vector<float> q{1, 1, 1, 1}, relevant{1, 1, 0, 0}, other{0, 0.2f, 1, 1};
    const auto comparison = compareBySegment(q, relevant, other, {2});
    EXPECT_GT(comparison.cosineGap[0], 0.0); // at dim 2 the relevant product wins
    EXPECT_LT(comparison.cosineGap[1], 0.0); // at dim 4 it loses
    EXPECT_EQ(comparison.decisiveSegment(1), 1u);
    EXPECT_FALSE(comparison.decisiveSegment(0)); // nothing favours the other product at dim 2
    for (std::size_t i = 0; i < 2; ++i)
        EXPECT_NEAR(comparison.gap(i, 0) + comparison.gap(i, 1), comparison.cosineGap[i], 1e-15);
}
