// The share of unjudged products in the top k, counted by hand on a tiny plan.
#include "core/eval/judged_share.h"

#include <gtest/gtest.h>

using namespace near2;

TEST(JudgedShare, CountsUnjudgedResultsOfSearchedQueriesOnly)
{
    EvaluationPlan plan;
    plan.queryIds = {"q1", "q2", "q3"};
    plan.queryRows = {0, -1, 1}; // q2 has no text: not searched, no ranking row
    plan.docGains = {{{5, 1.0}, {7, 0.0}}, {{1, 1.0}}, {{2, 0.1}}};
    TopKLists rankings(2, 3);
    rankings.docs = {5, 6, 7,   // q1: 6 unjudged (7 is judged Irrelevant: judged)
                     2, 3, -1}; // q3: 3 unjudged, then padding
    // k = 3: q1 looks at 3 (1 unjudged), q3 at 2 (1 unjudged) → 2 of 5.
    const auto share = unjudgedInTopK(plan, rankings, 3);
    EXPECT_EQ(share.ranked, 5u);
    EXPECT_EQ(share.unjudged, 2u);
    EXPECT_DOUBLE_EQ(share.share(), 0.4);
    // k = 1: only the first results, both judged.
    EXPECT_EQ(unjudgedInTopK(plan, rankings, 1).unjudged, 0u);
    EXPECT_EQ(unjudgedInTopK(plan, rankings, 1).ranked, 2u);
    EXPECT_DOUBLE_EQ(UnjudgedShare{}.share(), 0.0);
}
