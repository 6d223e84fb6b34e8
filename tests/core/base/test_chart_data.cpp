// Chart adapters hold the right points for the tiny run: curves per run, score histograms per label with
// margins, rank shifts of relevant products.
#include "core/report/chart_data.h"
#include "report_fixture.h"

#include <gtest/gtest.h>
#include <numeric>

using namespace near2;

TEST(ChartData, MetricCurvesPerRun)
{
    const std::vector<StoredRun> runs{test::tinyRun("A", 0.0), test::tinyRun("B", 0.1)};
    const auto curves = metricCurves(runs, "ndcg@3", MemoryAxis::BytesPerVector);
    ASSERT_EQ(curves.size(), 2u);
    EXPECT_EQ(curves[1].name, "B");
    ASSERT_EQ(curves[0].points.size(), 2u);
    EXPECT_DOUBLE_EQ(curves[0].points[0].x, 8.0);
    EXPECT_EQ(curves[0].points[0].dim, 2);
    EXPECT_NEAR(curves[0].points[0].y, (0.5 + 0.2 + 0.9) / 3, 1e-12);
    EXPECT_NEAR(curves[1].points[0].y, (0.6 + 0.3 + 0.9) / 3, 1e-12);
    EXPECT_DOUBLE_EQ(curves[0].points[1].x, 16.0);
    const auto byDim = metricCurves(runs, "p@3", MemoryAxis::Dim);
    EXPECT_DOUBLE_EQ(byDim[0].points[1].x, 4.0);
    const std::vector<char> onlyQ2{0, 1, 0};
    EXPECT_NEAR(metricCurves(runs, "ndcg@3", MemoryAxis::Dim, &onlyQ2)[0].points[0].y, 0.2, 1e-12);
    EXPECT_TRUE(metricCurves(runs, "mrr@3", MemoryAxis::Dim).empty());
}

TEST(ChartData, ScoreHistogramsAndMargins)
{
    const auto snapshot = test::tinyCatalogue();
    const auto distribution = scoreDistribution(test::tinyRun("A", 0.0), snapshot, 2, 4);
    EXPECT_NEAR(distribution.low, 0.1, 1e-6);
    EXPECT_NEAR(distribution.high, 0.9, 1e-6);
    std::vector<std::string> labels;
    std::vector<int> totals;
    for (const auto& histogram : distribution.labels) {
        labels.push_back(histogram.label);
        totals.push_back(std::accumulate(histogram.counts.begin(), histogram.counts.end(), 0));
    }
    EXPECT_EQ(labels, (std::vector<std::string>{"E", "S", "C", "I", "unjudged"}));
    EXPECT_EQ(totals, (std::vector<int>{3, 1, 1, 1, 2}));
    EXPECT_EQ(distribution.labels[3].counts[0], 1); // the I product at 0.1
    EXPECT_GE(distribution.labels[4].counts[3], 1); // the unjudged product at 0.9
    ASSERT_EQ(distribution.margins.size(), 3u);
    EXPECT_NEAR(distribution.margins[0], 0.8 - 0.9, 1e-6);
    EXPECT_NEAR(distribution.margins[1], 0.5 - 0.7, 1e-6);
    EXPECT_NEAR(distribution.margins[2], 0.4 - 0.3, 1e-6);
}

TEST(ChartData, RankShiftOfRelevantProducts)
{
    const auto points = rankShift(test::tinyRun("A", 0.0), test::tinyCatalogue(), 4, 2);
    ASSERT_EQ(points.size(), 3u);
    EXPECT_EQ(points[0].referenceRank, 1);
    EXPECT_EQ(points[0].currentRank, 2);
    EXPECT_EQ(points[1].currentRank, 3);
    EXPECT_EQ(points[2].referenceRank, 2);
    EXPECT_EQ(points[2].currentRank, 1);
    EXPECT_EQ(points[2].label, "E");
}
