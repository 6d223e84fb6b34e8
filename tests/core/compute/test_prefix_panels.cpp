// The register kernel on its own: the panel layout, and every score at or above its admission threshold
// reported once, at every nested dim, with the value a plain loop computes.
#include "core/search/prefix_norms.h"
#include "core/search/prefix_panels.h"
#include "tests/core/compute/test_sweep_support.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <map>
#include <tuple>

using namespace near2;

TEST(PrefixPanels, PackIsDimensionMajorWithZeroPadding)
{
    // 5 rows × 3 dims, value = 10·row + dim; panels of 4 rows, the first 2 dims packed.
    std::vector<float> rows;
    for (int r = 0; r < 5; ++r)
        for (int d = 0; d < 3; ++d)
            rows.push_back(static_cast<float>(10 * r + d));
    std::vector<float> out(panelFloats(5, 2, 4), -1.0f);
    ASSERT_EQ(out.size(), 16u);
    packPanels(rows.data(), 5, 3, 2, 4, out.data());
    EXPECT_EQ(out, (std::vector<float>{0, 10, 20, 30, 1, 11, 21, 31, 40, 0, 0, 0, 41, 0, 0, 0}));
}

namespace {

struct RecordingSink final : PanelHitSink
{
    std::map<std::tuple<std::uint32_t, std::uint32_t>, float> hits; // (slot, doc) → score
    int duplicates = 0;
    void take(const PanelHits& batch) override
    {
        for (std::size_t h = 0; h < batch.size; ++h)
            if (!hits.emplace(std::tuple(batch.slots[h], batch.docs[h]), batch.scores[h]).second)
                ++duplicates;
    }
};

double prefixCosine(const float* a, const float* b, int dim)
{
    double dot = 0, aa = 0, bb = 0;
    for (int j = 0; j < dim; ++j) {
        dot += static_cast<double>(a[j]) * b[j];
        aa += static_cast<double>(a[j]) * a[j];
        bb += static_cast<double>(b[j]) * b[j];
    }
    return dot / std::sqrt(aa * bb);
}

} // namespace

// 13 queries (a full panel and one query), 45 rows (a full panel and 13), dims 3 and 7 of 10: partial panels
// on both sides, dims that are not the full dimension, and a log small enough to be flushed mid-tile.
TEST(PrefixPanels, KernelReportsEveryScoreAtOrAboveTheThreshold)
{
    if (!panelKernelAvailable())
        GTEST_SKIP() << "this CPU has no AVX-512: the register kernel does not run here";
    const auto docs = randomMatrix(45, 10, 21);
    const auto queries = randomMatrix(13, 10, 22);
    const std::vector<int> dims{3, 7};
    std::vector<float> docPanels(panelFloats(45, 7, kPanelDocs)),
        queryPanels(panelFloats(13, 7, kPanelQueries));
    packPanels(docs.data(), 45, 10, 7, kPanelDocs, docPanels.data());
    packPanels(queries.data(), 13, 10, 7, kPanelQueries, queryPanels.data());
    const auto docNorms = inversePrefixNorms(docs, dims), queryNorms = inversePrefixNorms(queries, dims);
    const float* docInverse[] = {docNorms[0].data(), docNorms[1].data()};
    const float* queryInverse[] = {queryNorms[0].data(), queryNorms[1].data()};
    // Thresholds: 0.3 for most, everything for query 0 at dim 3, nothing for query 12 at dim 7.
    std::vector<float> admission(2 * 13, 0.3f);
    admission[0] = -std::numeric_limits<float>::infinity();
    admission[13 + 12] = std::numeric_limits<float>::infinity();
    const std::size_t capacity = minPanelHitLog(dims.size());
    std::vector<float> scores(capacity);
    std::vector<std::uint32_t> hitDocs(capacity), slots(capacity);
    RecordingSink sink;
    scanPanels({docPanels.data(), 45, queryPanels.data(), 13, dims, docInverse, queryInverse,
                admission.data(), scores.data(), hitDocs.data(), slots.data(), capacity, &sink});

    EXPECT_EQ(sink.duplicates, 0);
    std::size_t expected = 0;
    for (std::size_t i = 0; i < dims.size(); ++i)
        for (std::uint32_t q = 0; q < 13; ++q)
            for (std::uint32_t d = 0; d < 45; ++d) {
                const double cosine = prefixCosine(queries.row(q).data(), docs.row(d).data(), dims[i]);
                const float floor = admission[i * 13 + q];
                const auto hit = sink.hits.find(std::tuple(static_cast<std::uint32_t>(i * 13 + q), d));
                // Scores within float rounding of the threshold may fall either way.
                if (std::abs(cosine - floor) < 1e-5)
                    continue;
                if (cosine > floor) {
                    ++expected;
                    ASSERT_NE(hit, sink.hits.end()) << "dim " << dims[i] << " query " << q << " doc " << d;
                    EXPECT_NEAR(hit->second, cosine, 1e-5);
                } else {
                    EXPECT_EQ(hit, sink.hits.end()) << "dim " << dims[i] << " query " << q << " doc " << d;
                }
            }
    EXPECT_GT(expected, 45u); // query 0 at dim 3 alone passes every row
}
