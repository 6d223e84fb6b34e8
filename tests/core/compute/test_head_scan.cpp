#include "core/search/head_scan.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <set>
#include <vector>

using namespace near2;

namespace {

std::vector<float> randomValues(std::size_t count, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    std::vector<float> values(count);
    for (auto& v : values)
        v = normal(generator);
    return values;
}

// A tile of 77 docs (not a multiple of 16 or 32) after the panel's first step, with rows wider than the head,
// 5 queries in 8 slots, and stops that are not multiples of the vector width.
struct HeadFixture
{
    static constexpr std::size_t kFirst = HeadPanel::kStepDocs;
    static constexpr std::size_t kDocs = 77;
    static constexpr std::size_t kStride = 50;
    static constexpr std::size_t kQueries = 5;
    std::vector<int> stops{3, 8, 21, 40};
    std::vector<float> allDocs = randomValues((kFirst + kDocs) * kStride, 1);
    const float* docs = allDocs.data() + kFirst * kStride;
    std::vector<float> queries = randomValues(kQueries * kStride, 2);
    std::vector<std::vector<float>> docInverse;
    std::vector<std::vector<float>> queryInverse;

    HeadFixture()
    {
        for (std::size_t s = 0; s < stops.size(); ++s) {
            docInverse.push_back(randomValues(kDocs, 10 + static_cast<unsigned>(s)));
            queryInverse.push_back(randomValues(kQueries, 20 + static_cast<unsigned>(s)));
        }
    }

    double dot(std::size_t query, std::size_t doc, int dims) const
    {
        double sum = 0.0;
        for (int d = 0; d < dims; ++d)
            sum += static_cast<double>(queries[query * kStride + static_cast<std::size_t>(d)]) *
                   docs[doc * kStride + static_cast<std::size_t>(d)];
        return sum;
    }

    float score(std::size_t query, std::size_t doc, std::size_t stop) const
    {
        return static_cast<float>(dot(query, doc, stops[stop])) * docInverse[stop][doc] *
               queryInverse[stop][query];
    }

    // A threshold in a gap of the reference scores, so that float rounding cannot move a doc across it.
    float thresholdFor(std::size_t query, std::size_t stop) const
    {
        if (query == 0)
            return -std::numeric_limits<float>::infinity(); // everything passes, as in a sweep's first tile
        std::vector<float> scores;
        for (std::size_t doc = 0; doc < kDocs; ++doc)
            scores.push_back(score(query, doc, stop));
        std::sort(scores.begin(), scores.end());
        for (std::size_t i = kDocs / (query + 1); i + 1 < kDocs; ++i)
            if (scores[i + 1] - scores[i] > 1e-3f)
                return (scores[i] + scores[i + 1]) / 2;
        return scores.back() + 1.0f;
    }
};

class HeadScanTest : public testing::TestWithParam<HeadIsa>
{
};

TEST_P(HeadScanTest, FindsEveryScoreAboveTheThresholdAtEachStopAndLeavesTheLastDots)
{
    const HeadKernel kernel = headKernelFor(GetParam());
    if (!kernel)
        GTEST_SKIP() << "this CPU lacks the instruction set";
    const HeadFixture fixture;
    HeadPanel panel;
    panel.pack(fixture.allDocs.data(), HeadFixture::kStride, HeadFixture::kFirst + HeadFixture::kDocs,
               fixture.stops.back());
    const std::size_t stopCount = fixture.stops.size();

    std::vector<float> hitScores(kHeadQueries * stopCount * HeadFixture::kDocs);
    std::vector<std::uint32_t> hitPositions(hitScores.size());
    const float sentinel = 12345.0f;
    std::vector<float> dots(HeadFixture::kQueries * (HeadFixture::kDocs + 1), sentinel);
    std::array<HeadQuery, kHeadQueries> block{};
    for (std::size_t q = 0; q < HeadFixture::kQueries; ++q) {
        block[q].values = fixture.queries.data() + q * HeadFixture::kStride;
        block[q].dots = dots.data() + q * (HeadFixture::kDocs + 1);
        for (std::size_t s = 0; s < stopCount; ++s) {
            const std::size_t at = (q * stopCount + s) * HeadFixture::kDocs;
            block[q].inverse[s] = fixture.queryInverse[s][q];
            block[q].threshold[s] = fixture.thresholdFor(q, s);
            block[q].hits[s] = {hitScores.data() + at, hitPositions.data() + at, 0};
        }
    }
    std::vector<const float*> docInverse;
    for (const auto& inverse : fixture.docInverse)
        docInverse.push_back(inverse.data());
    kernel(block, HeadTile{panel, HeadFixture::kFirst, HeadFixture::kDocs},
           HeadStops{fixture.stops, docInverse});

    for (std::size_t q = 0; q < HeadFixture::kQueries; ++q) {
        for (std::size_t s = 0; s < stopCount; ++s) {
            std::set<std::uint32_t> expected;
            for (std::uint32_t doc = 0; doc < HeadFixture::kDocs; ++doc)
                if (fixture.score(q, doc, s) >= block[q].threshold[s])
                    expected.insert(doc);
            const HeadHits& hits = block[q].hits[s];
            const std::set<std::uint32_t> found(hits.positions, hits.positions + hits.count);
            EXPECT_EQ(found, expected) << "query " << q << " stop " << fixture.stops[s];
            EXPECT_EQ(found.size(), hits.count) << "a doc reported twice";
            for (std::size_t h = 0; h < hits.count; ++h) {
                const float reference = fixture.score(q, hits.positions[h], s);
                EXPECT_NEAR(hits.scores[h], reference, 1e-5 * std::max(1.0f, std::abs(reference)));
            }
        }
        for (std::size_t doc = 0; doc < HeadFixture::kDocs; ++doc)
            EXPECT_NEAR(dots[q * (HeadFixture::kDocs + 1) + doc], fixture.dot(q, doc, fixture.stops.back()),
                        1e-4);
        EXPECT_EQ(dots[q * (HeadFixture::kDocs + 1) + HeadFixture::kDocs], sentinel) << "wrote past the tile";
    }
}

INSTANTIATE_TEST_SUITE_P(EachIsa, HeadScanTest, testing::Values(HeadIsa::Avx512, HeadIsa::Avx2),
                         [](const testing::TestParamInfo<HeadIsa>& isa) {
                             return isa.param == HeadIsa::Avx512 ? "Avx512" : "Avx2";
                         });

TEST(HeadPanel, LaysOutGroupsOf16DocsDimsMajorAndPadsWithZeros)
{
    const std::size_t docs = 20;
    const std::size_t stride = 7;
    const auto values = randomValues(docs * stride, 3);
    HeadPanel panel;
    panel.pack(values.data(), stride, docs, 5);
    EXPECT_EQ(panel.docs(), docs);
    EXPECT_EQ(panel.dim(), 5);
    for (std::size_t doc = 0; doc < HeadPanel::kStepDocs; ++doc) {
        const float* group = panel.group(doc / HeadPanel::kLanes);
        for (std::size_t d = 0; d < 5; ++d) {
            const float expected = doc < docs ? values[doc * stride + d] : 0.0f;
            EXPECT_EQ(group[d * HeadPanel::kLanes + doc % HeadPanel::kLanes], expected) << doc << "," << d;
        }
    }
}

} // namespace
