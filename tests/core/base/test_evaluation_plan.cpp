#include "core/eval/dims.h"
#include "core/eval/evaluation_plan.h"
#include "core/eval/result_files.h"
#include "core/eval/sweep_scoring.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

Dataset smallShop()
{
    Dataset dataset;
    dataset.source = "shop";
    for (const char* id : {"p1", "p2", "p3", "p4"})
        dataset.corpus.push_back(Record{id, std::string("title ") + id, "", {}});
    dataset.queries.push_back(Record{"qa", "", "ssd 1tb", {{"type", "alphanumeric"}}});
    dataset.queries.push_back(Record{"qb", "", "coffee", {}});
    Qrels qrels;
    qrels.file = "shop/qrels/test.tsv";
    qrels.judgements = {{"qa", "p1", "E", 2},
                        {"qa", "p2", "S", 3},
                        {"qa", "gone", "E", 4},
                        {"qb", "p3", "E", 5},
                        {"qmissing", "p4", "E", 6}};
    dataset.splits["test"] = qrels;
    return dataset;
}

} // namespace

TEST(Dims, DefaultIsPowersOfTwoFromEightPlusTheFullDimension)
{
    EXPECT_EQ(defaultDims(768), (std::vector<int>{8, 16, 32, 64, 128, 256, 512, 768}));
    EXPECT_EQ(defaultDims(256), (std::vector<int>{8, 16, 32, 64, 128, 256}));
    EXPECT_EQ(defaultDims(5), (std::vector<int>{5}));
}

TEST(Dims, ParseSortsDeduplicatesAndRejectsJunk)
{
    EXPECT_EQ(parseDims("32,8,16,8"), (std::vector<int>{8, 16, 32}));
    EXPECT_THROW(parseDims("8,x"), InputError);
    EXPECT_THROW(parseDims("0"), InputError);
    EXPECT_THROW(parseDims(""), InputError);
    EXPECT_THROW(checkDimsFit({8, 1024}, 768, "c.npy"), InputError);
}

TEST(EvaluationPlan, CoversEveryQueryOfTheSplitAndReportsMissingReferences)
{
    const auto plan = planEvaluation(smallShop(), "test", GainMap(), 1.0);
    EXPECT_EQ(plan.queryIds, (std::vector<std::string>{"qa", "qb", "qmissing"}));
    EXPECT_EQ(plan.queryRows, (std::vector<long>{0, 1, -1}));
    EXPECT_EQ(plan.missingQueries, (std::vector<std::string>{"qmissing"}));
    EXPECT_EQ(plan.missingDocs, (std::vector<std::string>{"gone"}));
    // The missing product still counts: two relevant (p1, gone), ideal gains 1, 1, 0.1.
    EXPECT_EQ(plan.judgements[0].relevantCount, 2);
    EXPECT_EQ(plan.judgements[0].idealGains, (std::vector<double>{1.0, 1.0, 0.1}));
    EXPECT_EQ(plan.docGains[0].size(), 2u);
    const auto warnings = plan.warnings();
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_NE(warnings[0].find("1 judged queries"), std::string::npos);
    EXPECT_NE(warnings[1].find("gone"), std::string::npos);
}

TEST(EvaluationPlan, UnknownLabelNamesQrelsFileAndLine)
{
    auto dataset = smallShop();
    dataset.splits["test"].judgements[1].label = "maybe";
    try {
        planEvaluation(dataset, "test", GainMap(), 1.0);
        FAIL() << "expected an InputError";
    } catch (const InputError& error) {
        EXPECT_STREQ(error.what(), "shop/qrels/test.tsv:3: label 'maybe' has no gain (use gains)");
        EXPECT_EQ(error.inputField(), InputField::Gains);
        EXPECT_EQ(error.render([](InputField field) { return "<" + std::string(fieldId(field)) + ">"; }),
                  "shop/qrels/test.tsv:3: label 'maybe' has no gain (use <gains>)");
    }
}

TEST(EvaluationPlan, TieRanksFollowIdStringOrder)
{
    const std::vector<Record> records{{"b", "", "", {}}, {"a", "", "", {}}, {"c", "", "", {}}};
    EXPECT_EQ(tieRanksOf(records), (std::vector<std::uint32_t>{1, 0, 2}));
}

TEST(SweepScoring, ScoresRankingsAndAveragesOverEveryQuery)
{
    const auto plan = planEvaluation(smallShop(), "test", GainMap(), 1.0);
    SweepResult rankings;
    rankings.dims = {8};
    TopKLists lists(2, 2);
    lists.docs = {1, 0, /* qb: */ 2, -1}; // qa: p2 (S) then p1 (E); qb: p3 (E)
    rankings.perDim.push_back(lists);
    ScoringOptions options;
    options.spec.metrics = {Metric::Recall, Metric::Mrr};
    options.spec.cutoffs = {1, 2};
    const auto result = scoreRankings(plan, rankings, options);
    EXPECT_EQ(result.columns, (std::vector<std::string>{"recall@1", "recall@2", "mrr@1", "mrr@2"}));
    EXPECT_DOUBLE_EQ(result.value(0, 0, 1), 0.5); // qa: p1 found, "gone" never can be
    EXPECT_DOUBLE_EQ(result.value(0, 0, 3), 0.5);
    EXPECT_DOUBLE_EQ(result.value(0, 1, 0), 1.0);
    EXPECT_DOUBLE_EQ(result.value(0, 2, 1), 0.0); // the missing query scores 0
    EXPECT_DOUBLE_EQ(result.mean[0][1], (0.5 + 1.0 + 0.0) / 3);
}

TEST(ResultFiles, SummaryAndPerQueryCsvHaveTheDocumentedColumns)
{
    test::ScratchDir dir;
    EvaluationResult result;
    result.dims = {8, 16};
    result.columns = {"ndcg@10"};
    result.queryIds = {"q,1"};
    result.perQuery = {{0.25}, {0.5}};
    result.mean = {{0.25}, {0.5}};
    writeSummaryCsv(dir / "summary.csv", result)->commit();
    writePerQueryCsv(dir / "per_query.csv", result)->commit();
    EXPECT_EQ(test::readText(dir / "summary.csv"),
              "dim,bytes_per_vector,ndcg@10\n8,32,0.250000\n16,64,0.500000\n");
    EXPECT_EQ(test::readText(dir / "per_query.csv"),
              "query_id,dim,ndcg@10\n\"q,1\",8,0.250000\n\"q,1\",16,0.500000\n");
}
