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

TEST(ChartData, DistributionListsOnlyLabelsFoundWithGradesFromTheHighest)
{
    auto snapshot = test::tinyCatalogue();
    snapshot.queries[0].judged[1].row = 3; // q1's I product is not in q1's top 3 at dim 2
    std::vector<std::string> labels;
    for (const auto& histogram : scoreDistribution(test::tinyRun("A", 0.0), snapshot, 2, 4).labels)
        labels.push_back(histogram.label);
    EXPECT_EQ(labels, (std::vector<std::string>{"E", "S", "C", "unjudged"}));
    // Numeric grades 1–4 (as on a graded catalog): highest first, absent grades left out.
    for (auto& query : snapshot.queries)
        for (auto& judged : query.judged)
            judged.label = judged.label == "E" ? "4" : judged.label == "S" ? "3" : "1";
    labels.clear();
    for (const auto& histogram : scoreDistribution(test::tinyRun("A", 0.0), snapshot, 2, 4).labels)
        labels.push_back(histogram.label);
    EXPECT_EQ(labels, (std::vector<std::string>{"4", "3", "1", "unjudged"}));
    EXPECT_EQ(orderLabels({"unjudged", "2", "10", "x", "I", "E", "2.5", "2"}),
              (std::vector<std::string>{"E", "I", "10", "2.5", "2", "x", "unjudged"}));
    EXPECT_TRUE(isNumericLabel("2.5"));
    EXPECT_FALSE(isNumericLabel("E"));
    EXPECT_FALSE(isNumericLabel("2."));
    EXPECT_FALSE(isNumericLabel(""));
}

TEST(ChartData, CountScales)
{
    const std::vector<int> counts{1, 3, 0, 4};
    EXPECT_EQ(scaledCounts(counts, CountScale::Counts), (std::vector<double>{1, 3, 0, 4}));
    EXPECT_EQ(scaledCounts(counts, CountScale::LogCounts), (std::vector<double>{1, 3, 0, 4}));
    EXPECT_EQ(scaledCounts(counts, CountScale::ShareOfLabel), (std::vector<double>{0.125, 0.375, 0, 0.5}));
    EXPECT_EQ(scaledCounts({0, 0}, CountScale::ShareOfLabel), (std::vector<double>{0, 0}));
}

TEST(ChartData, RoundHistogramHasRoundEdgesAndCountsEveryValue)
{
    const std::vector<double> margins{-0.23, -0.05, 0.0, 0.01, 0.12, 0.3, 0.41};
    const auto histogram = roundHistogram(margins, 12);
    // Span 0.64 over at most 12 bins: width 0.1 (0.05 would need 14), edges -0.3, -0.2, … 0.5.
    EXPECT_DOUBLE_EQ(histogram.width, 0.1);
    EXPECT_NEAR(histogram.low, -0.3, 1e-12);
    EXPECT_EQ(histogram.counts, (std::vector<int>{1, 0, 1, 2, 1, 0, 1, 1}));
    // Independent count: each value in [low + i·w, low + (i+1)·w).
    for (std::size_t bin = 0; bin < histogram.counts.size(); ++bin) {
        const double from = histogram.low + static_cast<double>(bin) * histogram.width;
        const auto inside = std::count_if(margins.begin(), margins.end(), [&](double m) {
            return m >= from - 1e-12 && m < from + histogram.width - 1e-12;
        });
        EXPECT_EQ(histogram.counts[bin], inside) << bin;
    }
    EXPECT_LE(roundHistogram(margins, 3).counts.size(), 3u);
    EXPECT_EQ(roundHistogram({}, 5).counts, std::vector<int>{0});
    EXPECT_EQ(roundHistogram({0.5, 0.5}, 5).counts, std::vector<int>{2});
}
