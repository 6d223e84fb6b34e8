// The demo's opening view: the dim nearest 1/8 of the full one, and the query the Matryoshka run keeps while
// the plain run loses the most (hand-made runs, expected answers worked out by hand).
#include "core/report/opening_view.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

// values[d][q]: ndcg@10 of query q at dims[d].
StoredRun run(std::vector<int> dims, std::vector<std::string> ids, std::vector<std::vector<double>> values)
{
    StoredRun stored;
    stored.result.dims = std::move(dims);
    stored.result.columns = {"ndcg@10"};
    stored.result.queryIds = std::move(ids);
    stored.result.perQuery = std::move(values);
    return stored;
}

TEST(OpeningView, SmallDimIsTheNestedDimNearestAnEighth)
{
    const std::vector<std::string> ids{"q1"};
    const auto plain = run({8, 16, 32, 64, 128, 256}, ids, {{0}, {0}, {0}, {0}, {0}, {0}});
    EXPECT_EQ(storyOpening(plain, plain, "ndcg@10").dim, 32);
    EXPECT_EQ(storyOpening(plain, plain, "ndcg@10").referenceDim, 256);
    const auto odd = run({10, 50, 100, 768}, ids, {{0}, {0}, {0}, {0}}); // 768 / 8 = 96: nearest 100
    EXPECT_EQ(storyOpening(odd, odd, "ndcg@10").dim, 100);
}

TEST(OpeningView, PicksTheQueryMatryoshkaKeepsAndPlainLosesMost)
{
    const std::vector<int> dims{8, 32, 256};
    // q1: plain loses 0.5, Matryoshka keeps (0.9 → 0.9). q2: plain loses 0.8 but Matryoshka drops too.
    // q3: plain loses 0.6, Matryoshka improves (0.7 → 0.8). q4: plain keeps.
    const auto plain =
        run(dims, {"q1", "q2", "q3", "q4"}, {{0, 0, 0, 0}, {0.4, 0.1, 0.2, 1.0}, {0.9, 0.9, 0.8, 1.0}});
    // Matryoshka lists the queries in another order: matched by id.
    const auto mrl =
        run(dims, {"q4", "q3", "q2", "q1"}, {{0, 0, 0, 0}, {1.0, 0.8, 0.3, 0.9}, {1.0, 0.7, 0.9, 0.9}});
    const auto view = storyOpening(plain, mrl, "ndcg@10");
    EXPECT_EQ(view.dim, 32);
    ASSERT_TRUE(view.queryId);
    EXPECT_EQ(*view.queryId, "q3");
    EXPECT_NEAR(view.plainLoss, 0.6, 1e-12);
    const auto state = openingViewState(view);
    EXPECT_EQ(state.at("dim"), "32");
    EXPECT_EQ(state.at("referenceDim"), "256");
    EXPECT_EQ(state.at("query"), "q3");
}

TEST(OpeningView, NoQueryWhenNothingFitsTheStory)
{
    const auto same = run({8, 64}, {"q1"}, {{0.5}, {0.5}});
    const auto view = storyOpening(same, same, "ndcg@10");
    EXPECT_FALSE(view.queryId);
    EXPECT_EQ(openingViewState(view).count("query"), 0u);
    EXPECT_THROW(storyOpening(same, same, "map@10"), std::invalid_argument);
}

} // namespace
} // namespace near2
