#include "core/eval/metrics.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>

using namespace near2;

namespace {

constexpr double kTolerance = 1e-12;

const RankedGain R{1.0, true};  // relevant, gain 1
const RankedGain N{0.0, false}; // non-relevant or unjudged

double discount(int rank)
{
    return 1.0 / std::log2(rank + 1.0);
}

// Every metric at every cutoff of `cutoffs`, keyed by column name.
std::map<std::string, double> metricsOf(const std::vector<RankedGain>& ranking,
                                        const QueryJudgements& judgements, std::vector<int> cutoffs)
{
    MetricSpec spec;
    spec.cutoffs = std::move(cutoffs);
    std::vector<double> values(spec.columnCount(), -1.0);
    computeQueryMetrics(ranking, judgements, spec, values);
    const auto names = spec.columnNames();
    std::map<std::string, double> byName;
    for (std::size_t i = 0; i < names.size(); ++i)
        byName[names[i]] = values[i];
    return byName;
}

} // namespace

TEST(Metrics, BinaryRankingAtTwoCutoffs)
{
    // Relevant at ranks 1 and 3 of 4 retrieved; 3 relevant judged (one never retrieved).
    const QueryJudgements judgements{{1.0, 1.0, 1.0}, 3};
    const auto m = metricsOf({R, N, R, N}, judgements, {2, 4});
    EXPECT_NEAR(m.at("ndcg@2"), 1.0 / (1.0 + discount(2)), kTolerance);
    EXPECT_NEAR(m.at("ndcg@4"), (1.0 + discount(3)) / (1.0 + discount(2) + discount(3)), kTolerance);
    EXPECT_NEAR(m.at("p@2"), 0.5, kTolerance);
    EXPECT_NEAR(m.at("p@4"), 0.5, kTolerance);
    EXPECT_NEAR(m.at("recall@2"), 1.0 / 3.0, kTolerance);
    EXPECT_NEAR(m.at("recall@4"), 2.0 / 3.0, kTolerance);
    EXPECT_NEAR(m.at("mrr@2"), 1.0, kTolerance);
    EXPECT_NEAR(m.at("map@2"), 1.0 / 3.0, kTolerance);               // (1/1) / 3 relevant
    EXPECT_NEAR(m.at("map@4"), (1.0 + 2.0 / 3.0) / 3.0, kTolerance); // (1/1 + 2/3) / 3 relevant
    EXPECT_NEAR(m.at("hit@2"), 1.0, kTolerance);
    EXPECT_NEAR(m.at("hit@4"), 1.0, kTolerance);
}

TEST(Metrics, PrecisionDividesByKWhenFewerResults)
{
    const QueryJudgements judgements{{1.0, 1.0}, 2};
    const auto m = metricsOf({R, R}, judgements, {1, 5, 10});
    EXPECT_NEAR(m.at("p@1"), 1.0, kTolerance);
    EXPECT_NEAR(m.at("p@5"), 0.4, kTolerance);
    EXPECT_NEAR(m.at("p@10"), 0.2, kTolerance);
    EXPECT_NEAR(m.at("recall@10"), 1.0, kTolerance);
    EXPECT_NEAR(m.at("map@10"), 1.0, kTolerance);
    EXPECT_NEAR(m.at("ndcg@10"), 1.0, kTolerance);
}

TEST(Metrics, NoRelevantJudgementsGivesZeroRecallAndMap)
{
    // One judged document below the relevance threshold, retrieved first.
    const QueryJudgements judgements{{0.1, 0.0}, 0};
    const auto m = metricsOf({{0.1, false}, N}, judgements, {10});
    EXPECT_EQ(m.at("recall@10"), 0.0);
    EXPECT_EQ(m.at("map@10"), 0.0);
    EXPECT_EQ(m.at("mrr@10"), 0.0);
    EXPECT_EQ(m.at("hit@10"), 0.0);
    EXPECT_EQ(m.at("p@10"), 0.0);
    EXPECT_NEAR(m.at("ndcg@10"), 1.0, kTolerance); // the only gain is where the ideal puts it
}

TEST(Metrics, ZeroIdealDcgGivesZeroNdcg)
{
    const QueryJudgements judgements{{0.0, 0.0}, 0};
    const auto m = metricsOf({N, N}, judgements, {10});
    EXPECT_EQ(m.at("ndcg@10"), 0.0);
    const QueryJudgements none{};
    const auto empty = metricsOf({N}, none, {10});
    EXPECT_EQ(empty.at("ndcg@10"), 0.0);
}

TEST(Metrics, EmptyRankingScoresZero)
{
    const QueryJudgements judgements{{1.0}, 1};
    const auto m = metricsOf({}, judgements, {1, 10});
    for (const auto& [name, value] : m)
        EXPECT_EQ(value, 0.0) << name;
}

TEST(Metrics, MapDividesByAllRelevantJudgementsNotByRetrieved)
{
    // Relevant at ranks 2 and 3; 4 relevant judged in all.
    const QueryJudgements judgements{{1.0, 1.0, 1.0, 1.0}, 4};
    const auto m = metricsOf({N, R, R, N, N}, judgements, {1, 2, 3, 5});
    EXPECT_EQ(m.at("map@1"), 0.0);
    EXPECT_NEAR(m.at("map@2"), (1.0 / 2.0) / 4.0, kTolerance);
    EXPECT_NEAR(m.at("map@3"), (1.0 / 2.0 + 2.0 / 3.0) / 4.0, kTolerance);
    EXPECT_NEAR(m.at("map@5"), (1.0 / 2.0 + 2.0 / 3.0) / 4.0, kTolerance);
}

TEST(Metrics, MrrAndHitOnlyCountWithinK)
{
    const QueryJudgements judgements{{1.0}, 1};
    const auto m = metricsOf({N, N, R}, judgements, {2, 3, 10});
    EXPECT_EQ(m.at("mrr@2"), 0.0);
    EXPECT_EQ(m.at("hit@2"), 0.0);
    EXPECT_NEAR(m.at("mrr@3"), 1.0 / 3.0, kTolerance);
    EXPECT_NEAR(m.at("mrr@10"), 1.0 / 3.0, kTolerance);
    EXPECT_EQ(m.at("hit@3"), 1.0);
}

TEST(Metrics, GradedNdcgUsesLinearGainsAndIdealCutAtK)
{
    // ESCI gains: S retrieved first, E second, C judged but never retrieved.
    const QueryJudgements judgements{{1.0, 0.1, 0.01}, 1};
    const std::vector<RankedGain> ranking{{0.1, false}, {1.0, true}, N};
    const auto m = metricsOf(ranking, judgements, {1, 2, 3});
    EXPECT_NEAR(m.at("ndcg@1"), 0.1, kTolerance);
    EXPECT_NEAR(m.at("ndcg@2"), (0.1 + discount(2)) / (1.0 + 0.1 * discount(2)), kTolerance);
    EXPECT_NEAR(m.at("ndcg@3"), (0.1 + discount(2)) / (1.0 + 0.1 * discount(2) + 0.01 * discount(3)),
                kTolerance);
    EXPECT_NEAR(m.at("mrr@3"), 0.5, kTolerance);
}

TEST(Metrics, RankingBeyondTheLargestCutoffIsIgnored)
{
    const QueryJudgements judgements{{1.0, 1.0}, 2};
    const auto m = metricsOf({N, R, R, R, R}, judgements, {2});
    EXPECT_NEAR(m.at("p@2"), 0.5, kTolerance);
    EXPECT_NEAR(m.at("recall@2"), 0.5, kTolerance);
}

TEST(Metrics, NonPositiveGainsAddNothing)
{
    // trec_eval skips gains <= 0 in DCG and ideal DCG alike.
    const QueryJudgements judgements{{1.0, -1.0}, 1};
    const auto m = metricsOf({{-1.0, false}, R}, judgements, {2});
    EXPECT_NEAR(m.at("ndcg@2"), discount(2), kTolerance);
}

TEST(Metrics, ValuesFollowColumnOrderEvenForUnsortedCutoffs)
{
    const QueryJudgements judgements{{1.0, 1.0}, 2};
    MetricSpec spec;
    spec.metrics = {Metric::Precision, Metric::Hit};
    spec.cutoffs = {4, 1};
    std::vector<double> values(spec.columnCount(), -1.0);
    const std::vector<RankedGain> ranking{N, R, R};
    computeQueryMetrics(ranking, judgements, spec, values);
    EXPECT_NEAR(values[0], 0.5, kTolerance); // p@4
    EXPECT_NEAR(values[1], 0.0, kTolerance); // p@1
    EXPECT_NEAR(values[2], 1.0, kTolerance); // hit@4
    EXPECT_NEAR(values[3], 0.0, kTolerance); // hit@1
}

TEST(Metrics, DeepRankingsUseTheExactDiscount)
{
    std::vector<RankedGain> ranking(6000, N);
    ranking[4999] = R; // rank 5000, beyond the precomputed discount table
    const QueryJudgements judgements{{1.0}, 1};
    const auto m = metricsOf(ranking, judgements, {6000});
    EXPECT_NEAR(m.at("ndcg@6000"), discount(5000), kTolerance);
    EXPECT_NEAR(m.at("mrr@6000"), 1.0 / 5000.0, kTolerance);
}
