// Report data from a stored project: choosing runs, refusing empty or incomplete projects, slices, worst
// regressions, rankings, and the comparison of two runs with its p-values.
#include "core/report/project_runs.h"
#include "core/report/report_data.h"
#include "core/report/run_comparison.h"
#include "core/store/project_store.h"
#include "core/util/error.h"
#include "report_fixture.h"
#include "tests/core/test_support.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace near2;

TEST(ReportRuns, PicksRunsByLabelIdOrNewest)
{
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2");
    EXPECT_EQ(loadRun(dir / "p.near2", "").label, "B");
    EXPECT_EQ(loadRun(dir / "p.near2", "A").label, "A");
    EXPECT_EQ(loadRun(dir / "p.near2", "#1").label, "A");
    EXPECT_EQ(loadRun(dir / "p.near2", "2").label, "B");
    try {
        loadRun(dir / "p.near2", "zzz");
        FAIL() << "expected an InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("A, B"), std::string::npos) << error.what();
    }
}

TEST(ReportRuns, RefusesMissingEmptyAndIncompleteProjects)
{
    test::ScratchDir dir;
    EXPECT_THROW(loadRun(dir / "missing.near2", ""), InputError);
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.near2")); // never created
    {
        ProjectStore empty(dir / "empty.near2");
    }
    EXPECT_THROW(loadRun(dir / "empty.near2", ""), InputError);
    {
        ProjectStore store(dir / "cancelled.near2");
        StoredRun headerOnly;
        headerOnly.label = "cancelled";
        headerOnly.result.columns = {"ndcg@10"};
        headerOnly.result.queryIds = {"q1"};
        store.addRun(headerOnly);
    }
    try {
        loadRun(dir / "cancelled.near2", "cancelled");
        FAIL() << "expected an InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("incomplete"), std::string::npos) << error.what();
    }
}

TEST(ReportRuns, LoadsEveryCompleteRunOldestFirst)
{
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2");
    {
        ProjectStore store(dir / "p.near2");
        StoredRun headerOnly; // a run cancelled midway: no metrics, no rankings
        headerOnly.label = "cancelled";
        headerOnly.result.columns = {"ndcg@3"};
        headerOnly.result.queryIds = {"q1"};
        store.addRun(headerOnly);
    }
    const auto runs = loadCompleteRuns(dir / "p.near2");
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].label, "A");
    EXPECT_EQ(runs[1].label, "B");
    EXPECT_NEAR(runs[1].result.mean[0][0], (0.6 + 0.3 + 0.9) / 3, 1e-12);
    const auto others = loadCompleteRuns(dir / "p.near2", runs[1].id); // the caller holds run B
    ASSERT_EQ(others.size(), 1u);
    EXPECT_EQ(others[0].label, "A");
    {
        ProjectStore empty(dir / "empty.near2");
    }
    EXPECT_TRUE(loadCompleteRuns(dir / "empty.near2").empty());
    EXPECT_THROW(loadCompleteRuns(dir / "missing.near2"), InputError);
}

TEST(ReportData, SlicesRegressionsAndRankings)
{
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2");
    const ReportData data = assembleReport(dir / "p.near2", {.runs = {"A", "B"}, .worstCount = 5});
    EXPECT_EQ(data.referenceDim, 4);
    EXPECT_EQ(data.currentDim, 4); // middle of {2, 4}
    const ReportData at2 = assembleReport(dir / "p.near2", {.runs = {"A"}, .currentDim = 2});
    ASSERT_EQ(at2.slices.size(), 4u); // all, type: long, type: short, alphanumeric
    EXPECT_EQ(at2.slices[0].slice, "All queries");
    EXPECT_NEAR(at2.slices[0].current, (0.5 + 0.2 + 0.9) / 3, 1e-12);
    EXPECT_NEAR(at2.slices[0].reference, (1.0 + 0.8 + 0.7) / 3, 1e-12);
    EXPECT_EQ(at2.slices[2].slice, "type: short");
    EXPECT_NEAR(at2.slices[2].current, 0.7, 1e-12);
    EXPECT_EQ(at2.slices[3].slice, "alphanumeric");
    EXPECT_EQ(at2.slices[3].queries, 1);
    ASSERT_EQ(at2.worst.size(), 2u); // q3 improves
    EXPECT_EQ(at2.worst[0].queryId, "q2");
    EXPECT_EQ(at2.worst[0].tag, "model number lost");
    EXPECT_EQ(at2.worst[1].queryId, "q1");
    ASSERT_EQ(at2.worst[0].currentRanking.size(), 3u);
    EXPECT_EQ(at2.worst[0].currentRanking[2].productId, "p1");
    EXPECT_EQ(at2.worst[0].currentRanking[2].label, "E");
    EXPECT_EQ(at2.worst[0].referenceRanking[0].productId, "p1");
    EXPECT_THROW(assembleReport(dir / "p.near2", {.currentDim = 3}), InputError);
    EXPECT_THROW(assembleReport(dir / "p.near2", {.metric = "mrr@7"}), InputError);
}

TEST(RunComparison, MeansDeltasAndPValues)
{
    const auto comparison = compareRuns(test::tinyRun("A", 0.0), test::tinyRun("B", 0.1), {});
    EXPECT_EQ(comparison.sharedQueries, 3u);
    ASSERT_EQ(comparison.dims.size(), 2u);
    const auto& ndcgAt2 = comparison.dims[0].metrics[0];
    EXPECT_EQ(ndcgAt2.column, "ndcg@3");
    EXPECT_NEAR(ndcgAt2.delta, 0.2 / 3, 1e-12);
    // d = 0.1, 0.1, 0: t = 2 with 2 degrees of freedom → p = 1 - 2/sqrt(6); 4 of 8 sign flips reach |0.2|.
    EXPECT_NEAR(ndcgAt2.pTTest, 1.0 - 2.0 / std::sqrt(6.0), 1e-9);
    EXPECT_DOUBLE_EQ(ndcgAt2.pRandomisation, 0.5);
    const auto& pAt4 = comparison.dims[1].metrics[1];
    EXPECT_DOUBLE_EQ(pAt4.delta, 0.0);
    EXPECT_DOUBLE_EQ(pAt4.pTTest, 1.0);
    EXPECT_DOUBLE_EQ(pAt4.pRandomisation, 1.0);
}

// The report compares the pair the workbench compares by default: A = the second newest run, B = the newest,
// whatever order the report lists them in, with the same test (10,000 sign flips, seed 42).
TEST(RunComparison, TheReportPairsRunsAsTheWorkbench)
{
    EXPECT_FALSE(defaultComparisonPair({7}));
    EXPECT_EQ(defaultComparisonPair({1, 2}), (std::pair<std::size_t, std::size_t>{0, 1}));
    EXPECT_EQ(defaultComparisonPair({5, 9, 2}), (std::pair<std::size_t, std::size_t>{0, 1}));
    EXPECT_EQ(defaultComparisonPair({9, 5}), (std::pair<std::size_t, std::size_t>{1, 0}));
    // The workbench's pair: B the shown run, A the chosen one, else the newest other.
    using Pair = std::pair<std::size_t, std::size_t>;
    EXPECT_EQ(comparisonPair({1, 2, 3}, 0, 0), (Pair{1, 2}));
    EXPECT_EQ(comparisonPair({1, 2, 3}, 1, 0), (Pair{2, 0}));
    EXPECT_EQ(comparisonPair({1, 2, 3}, 1, 2), (Pair{1, 0}));
    EXPECT_EQ(comparisonPair({1, 2, 3}, 3, 1), (Pair{0, 2}));
    EXPECT_EQ(comparisonPair({1, 2, 3}, 3, 3), (Pair{1, 2})); // A cannot be B
    EXPECT_EQ(comparisonPair({1, 2, 3}, 7, 9), (Pair{1, 2})); // runs gone: the default
    EXPECT_EQ(comparisonPair({1, 2, 3}, {{"run", "1"}, {"comparedRun", "3"}}), (Pair{2, 0}));
    EXPECT_FALSE(comparisonPair({4}, 4, 0));
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2"); // A, then B (the newest)
    for (const auto& runs : {std::vector<std::string>{}, std::vector<std::string>{"A", "B"},
                             std::vector<std::string>{"B", "A"}}) {
        const ReportData data = assembleReport(dir / "p.near2", {.runs = runs});
        ASSERT_TRUE(data.comparison);
        EXPECT_EQ(data.comparison->runA, "A");
        EXPECT_EQ(data.comparison->runB, "B");
        const auto& ndcgAt2 = data.comparison->dims[0].metrics[0];
        EXPECT_GT(ndcgAt2.delta, 0.0); // B is A shifted up by 0.1
        const auto app = compareRuns(loadRun(dir / "p.near2", "A"), loadRun(dir / "p.near2", "B"));
        EXPECT_EQ(ndcgAt2.pRandomisation, app.dims[0].metrics[0].pRandomisation);
        EXPECT_EQ(ndcgAt2.pTTest, app.dims[0].metrics[0].pTTest);
    }
}
