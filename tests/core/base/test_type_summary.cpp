// Per-type means of an evaluation, and the summary.csv rows and JSON they become.
#include "core/eval/type_summary.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace near2;

namespace {

// Two dims, two columns, four queries; values chosen so every mean is exact in binary.
EvaluationResult smallResult()
{
    EvaluationResult result;
    result.dims = {8, 64};
    result.columns = {"ndcg@10", "recall@10"};
    result.queryIds = {"q1", "q2", "q3", "q4"};
    result.perQuery = {{1.0, 0.5, 0.0, 0.25, 0.5, 0.5, 0.75, 1.0}, // dim 8: q1(1, .5) q2(0, .25) q3 q4
                       {1.0, 1.0, 0.5, 0.5, 0.25, 0.0, 0.0, 0.0}};
    result.mean = {{0.5625, 0.5625}, {0.4375, 0.375}};
    return result;
}

} // namespace

TEST(TypeSummary, MeansPerTypeInNameOrder)
{
    // q4 has no type: it counts in no type's rows (it still counts in the all-query means).
    const auto summaries =
        summariseByType(smallResult(), {{"q1", "short"}, {"q2", "implicit"}, {"q3", "short"}, {"q4", ""}});
    ASSERT_EQ(summaries.size(), 2u);
    EXPECT_EQ(summaries[0].type, "implicit");
    EXPECT_EQ(summaries[0].queries, 1u);
    EXPECT_EQ(summaries[0].mean, (std::vector<std::vector<double>>{{0.0, 0.25}, {0.5, 0.5}}));
    EXPECT_EQ(summaries[1].type, "short");
    EXPECT_EQ(summaries[1].queries, 2u);
    // short = q1 and q3: dim 8 (1 + 0.5) / 2, (0.5 + 0.5) / 2; dim 64 (1 + 0.25) / 2, (1 + 0) / 2.
    EXPECT_EQ(summaries[1].mean, (std::vector<std::vector<double>>{{0.75, 0.5}, {0.625, 0.5}}));
}

TEST(TypeSummary, CsvRowsAndJson)
{
    const auto result = smallResult();
    const auto summaries = summariseByType(result, {{"q1", "short"}, {"q2", "implicit"}});
    std::ostringstream csv;
    writeTypeSummaryRows(csv, result, summaries);
    EXPECT_EQ(csv.str(), "implicit:8,32,0.000000,0.250000\n"
                         "implicit:64,256,0.500000,0.500000\n"
                         "short:8,32,1.000000,0.500000\n"
                         "short:64,256,1.000000,1.000000\n");
    const auto json = typeSummaryJson(result, summaries);
    ASSERT_EQ(json.size(), 2u);
    EXPECT_EQ(json[1]["type"], "short");
    EXPECT_EQ(json[1]["queries"], 1);
    EXPECT_EQ(json[1]["summary"][1]["dim"], 64);
    EXPECT_EQ(json[1]["summary"][1]["bytes_per_vector"], 256);
    EXPECT_DOUBLE_EQ(json[1]["summary"][1]["recall@10"].get<double>(), 1.0);
}

TEST(TypeSummary, ConsoleTable)
{
    const auto table = metricTable({8}, {"ndcg@10"}, {{0.5}});
    EXPECT_EQ(table, "   dim    bytes    ndcg@10\n     8       32     0.5000\n");
}
