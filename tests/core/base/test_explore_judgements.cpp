// The analyst's judgements: stored apart from the dataset's with provenance (schema 4, migrated from 3),
// merged into an evaluation exactly as appending their exported qrels to the dataset's would, judging keys.
#include "core/eval/trec_files.h"
#include "core/explore/analyst_judgements.h"
#include "core/store/evaluation_records.h"
#include "core/store/project_store.h"
#include "core/store/schema.h"
#include "core/store/sqlite_database.h"
#include "tests/core/test_support.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

using namespace near2;
using namespace near2::explore;

namespace {

// 30 products d00…d29, queries q1…q4 (q4 absent from the queries file), graded ESCI judgements; d99 is judged
// but missing from the catalog (it still counts in the ideal DCG).
Dataset smallDataset()
{
    Dataset dataset;
    dataset.source = "memory";
    for (int i = 0; i < 30; ++i)
        dataset.corpus.push_back({fmt::format("d{:02}", i), fmt::format("Product {}", i), "", {}});
    for (const char* id : {"q1", "q2", "q3"})
        dataset.queries.push_back({id, "", std::string("text of ") + id, {}});
    Qrels& qrels = dataset.splits["test"];
    qrels.file = "qrels/test.tsv";
    qrels.judgements = {{"q1", "d01", "E", 2}, {"q1", "d04", "S", 3}, {"q1", "d99", "E", 4},
                        {"q2", "d03", "C", 5}, {"q2", "d10", "E", 6}, {"q3", "d20", "I", 7},
                        {"q4", "d02", "E", 8}};
    return dataset;
}

// Every searchable query ranks 10 products, a different rotation each.
SweepResult sweepOf(const EvaluationPlan& plan)
{
    const auto rows = plan.searchableQueryRows().size();
    SweepResult rankings = paddedSweepResult({8, 16}, rows, 10);
    for (std::size_t d = 0; d < 2; ++d)
        for (std::size_t q = 0; q < rows; ++q)
            for (std::size_t r = 0; r < 10; ++r) {
                rankings.perDim[d].docs[q * 10 + r] = static_cast<std::int32_t>((q * 7 + r * (d + 1)) % 30);
                rankings.perDim[d].scores[q * 10 + r] = 1.0f - 0.05f * static_cast<float>(r);
            }
    return rankings;
}

struct Project
{
    Dataset dataset = smallDataset();
    GainMap gains;
    EvaluationPlan plan = planEvaluation(dataset, "test", gains, 1.0);
    SweepResult searched = sweepOf(plan);
    ProjectSnapshot snapshot;
    StoredRun run;

    Project()
    {
        const ScoringOptions options{MetricSpec{}, 1.0, false};
        auto records = recordsOf(dataset, "test", plan, searched, scoreRankings(plan, searched, options));
        run = records.run;
        snapshot.queries = records.queries;
        snapshot.products = records.products;
        snapshot.dataset.split = "test";
        snapshot.analystJudgements = {
            {"q1", "d05", "E", "ana", "2025-01-01T00:00:00Z", 1}, // applied
            {"q1", "d01", "I", "ana", "2025-01-01T00:00:00Z", 1}, // the dataset judges d01: conflicting
            {"q2", "d07", "S", "bo", "2025-01-02T00:00:00Z", 1},  // applied
            {"q2", "d08", "E", "bo", "2025-01-02T00:00:00Z", 1},  // applied
            {"q3", "d09", "E", "bo", "2025-01-02T00:00:00Z",
             1}, // applied: q3 gains its first relevant product
            {"q9", "d02", "E", "bo", "2025-01-02T00:00:00Z", 1}, // not a query of the split
            {"q2", "zz", "E", "bo", "2025-01-02T00:00:00Z", 1},  // not a product of the catalog
        };
    }
};

void expectSameResult(const EvaluationResult& a, const EvaluationResult& b)
{
    EXPECT_EQ(a.dims, b.dims);
    EXPECT_EQ(a.columns, b.columns);
    EXPECT_EQ(a.queryIds, b.queryIds);
    EXPECT_EQ(a.perQuery, b.perQuery); // bit for bit: the same gains in the same order
    EXPECT_EQ(a.mean, b.mean);
}

} // namespace

TEST(ExploreJudgements, WithoutThemTheStoredRunsMetricsComeBack)
{
    Project p;
    const auto metrics = evaluateStoredRun(p.dataset, p.snapshot, p.run, Judgements::Dataset);
    expectSameResult(metrics.result, p.run.result);
    EXPECT_TRUE(metrics.merge.applied.empty());
}

TEST(ExploreJudgements, WithThemTheyEqualAReEvaluationWithMergedQrels)
{
    Project p;
    const auto metrics = evaluateStoredRun(p.dataset, p.snapshot, p.run, Judgements::DatasetAndAnalyst);
    EXPECT_EQ(metrics.merge.applied.size(), 4u);
    ASSERT_EQ(metrics.merge.conflicting.size(), 1u);
    EXPECT_EQ(metrics.merge.conflicting[0].productId, "d01");
    EXPECT_EQ(metrics.merge.unresolved.size(), 2u);

    test::ScratchDir dir;
    exportAnalystQrels(dir / "analyst.qrels", metrics.merge.applied);
    EXPECT_EQ(test::readText(dir / "analyst.qrels"), "q1 0 d05 E\nq2 0 d07 S\nq2 0 d08 E\nq3 0 d09 E\n");
    Dataset merged = p.dataset;
    for (const auto& judgement : readTrecQrels(dir / "analyst.qrels").judgements)
        merged.splits["test"].judgements.push_back(judgement);
    const auto mergedPlan = planEvaluation(merged, "test", p.gains, 1.0);
    const auto reEvaluated = scoreRankings(mergedPlan, p.searched, {MetricSpec{}, 1.0, false});
    expectSameResult(metrics.result, reEvaluated);
    EXPECT_NE(metrics.result.mean, p.run.result.mean); // the judgements changed something
}

TEST(ExploreJudgements, ALabelWithoutAGainIsRefused)
{
    Project p;
    p.snapshot.analystJudgements.push_back({"q1", "d06", "maybe", "ana", "", 0});
    const auto line = test::inputErrorLine(
        [&] { evaluateStoredRun(p.dataset, p.snapshot, p.run, Judgements::DatasetAndAnalyst); }, "'maybe'");
    EXPECT_EQ(line, 0u);
}

TEST(ExploreJudgements, QueryLabelsAddTheAnalystsOnUnjudgedProductsOnly)
{
    Project p;
    const RecordIndex catalog(p.dataset.corpus);
    const auto rowOf = [&](const std::string& id) { return catalog.find(id); };
    const auto labels = labelsWithAnalyst(p.snapshot, 0, rowOf); // q1
    ASSERT_TRUE(labels.find(5));
    EXPECT_EQ(labels.find(5)->label, "E");
    EXPECT_EQ(labels.find(1)->label, "E"); // the dataset's label stays
    EXPECT_TRUE(labels.isRelevant(5));
    EXPECT_EQ(labels.judged.front().gain, 1.0); // gain descending
    EXPECT_EQ(labels.judged.back().gain, 0.1);
}

TEST(ExploreJudgements, JudgingKeys)
{
    const GainMap esci;
    EXPECT_EQ(labelForJudgingKey('1', esci), "E");
    EXPECT_EQ(labelForJudgingKey('4', esci), "I");
    EXPECT_EQ(labelForJudgingKey('s', esci), "S");
    EXPECT_EQ(labelForJudgingKey('C', esci), "C");
    EXPECT_FALSE(labelForJudgingKey('5', esci));
    EXPECT_FALSE(labelForJudgingKey('x', esci));
    const auto graded = GainMap::parse("high=2,low=1");
    EXPECT_EQ(labelForJudgingKey('3', graded), "3"); // a grade: numbers gain their own value
    EXPECT_FALSE(labelForJudgingKey('E', graded));
}

TEST(ExploreJudgements, TheStoreKeepsThemWithProvenance)
{
    test::ScratchDir dir;
    {
        ProjectStore store(dir / "p.near2");
        store.setAnalystJudgements(
            {{"q2", "d07", "S", "bo", "", 3}, {"q1", "d05", "E", "ana", "2025-01-01T00:00:00Z", 0}});
        store.setAnalystJudgements({{"q2", "d07", "C", "ana", "2025-02-02T10:00:00Z", 4}}); // re-judged
    }
    ProjectStore store(dir / "p.near2");
    auto judgements = store.load().analystJudgements;
    ASSERT_EQ(judgements.size(), 2u);
    EXPECT_EQ(judgements[0].queryId, "q1");
    EXPECT_EQ(judgements[0].runId, 0);
    EXPECT_EQ(judgements[0].created, "2025-01-01T00:00:00Z");
    EXPECT_EQ(judgements[1].label, "C");
    EXPECT_EQ(judgements[1].analyst, "ana");
    EXPECT_EQ(judgements[1].runId, 4);
    store.removeAnalystJudgement("q1", "d05");
    judgements = store.load().analystJudgements;
    ASSERT_EQ(judgements.size(), 1u);
    store.setAnalystJudgements({{"q3", "d01", "E", "cy", "", 0}});
    const auto stamped = store.load().analystJudgements[1].created;
    EXPECT_EQ(stamped.size(), 20u) << stamped; // 2025-02-02T10:00:00Z
    EXPECT_EQ(stamped.back(), 'Z');
    test::inputErrorLine([&] { store.setAnalystJudgements({{"q3", "d02", "", "cy", "", 0}}); }, "label");
}

TEST(ExploreJudgements, AVersionThreeProjectGainsTheTable)
{
    test::ScratchDir dir;
    const auto file = dir / "v3.near2";
    {
        store::Database db(file);
        store::migrate(db, 3);
        db.execute("INSERT INTO tags VALUES ('mine', 9)");
    }
    ProjectStore store(file);
    EXPECT_EQ(store.schemaVersion(), store::kSchemaVersion);
    EXPECT_EQ(store.load().tags.size(), 4u); // version 3 data kept
    EXPECT_TRUE(store.load().analystJudgements.empty());
    store.setAnalystJudgements({{"q1", "d01", "E", "ana", "", 0}});
    EXPECT_EQ(store.load().analystJudgements.size(), 1u);
}

TEST(ExploreJudgements, TheExportRefusesIdsTheFormatCannotHold)
{
    test::ScratchDir dir;
    const std::vector<AnalystJudgement> spaced{{"q 1", "d05", "E", "ana", "", 0}};
    test::inputErrorLine([&] { exportAnalystQrels(dir / "a.qrels", spaced); }, "white space");
    EXPECT_FALSE(std::filesystem::exists(dir / "a.qrels")); // nothing half-written
}

TEST(ExploreJudgements, AStoredRunsColumnsGiveBackItsMetricSpec)
{
    MetricSpec spec;
    spec.cutoffs = {5, 10};
    EXPECT_EQ(MetricSpec::fromColumnNames(spec.columnNames()).columnNames(), spec.columnNames());
    test::inputErrorLine([] { MetricSpec::fromColumnNames({"ndcg@10", "p@10"}); }, "ndcg@10,p@10");
}
