#include "core/eval/gain_map.h"
#include "core/eval/metric_spec.h"
#include "core/util/error.h"

#include <gtest/gtest.h>
#include <optional>

using namespace near2;

namespace {

// The message of the InputError that `action` throws, or "" when it throws none.
// The message, with the input it names (fields show as their ids, e.g. "gains: …").
template <typename Action> std::string inputErrorOf(Action action, std::optional<InputField>* field = nullptr)
{
    try {
        action();
    } catch (const InputError& error) {
        if (field)
            *field = error.inputField();
        return error.what();
    }
    return {};
}

} // namespace

TEST(GainMap, DefaultsAreTheEsciGains)
{
    const GainMap gains;
    EXPECT_EQ(gains.gainOf("E"), 1.0);
    EXPECT_EQ(gains.gainOf("S"), 0.1);
    EXPECT_EQ(gains.gainOf("C"), 0.01);
    EXPECT_EQ(gains.gainOf("I"), 0.0);
    EXPECT_EQ(gains.toString(), "E=1,S=0.1,C=0.01,I=0");
}

TEST(GainMap, NumericLabelsGainTheirValue)
{
    const GainMap gains;
    EXPECT_EQ(gains.gainOf("2"), 2.0);
    EXPECT_EQ(gains.gainOf("0"), 0.0);
    EXPECT_EQ(gains.gainOf("2.5"), 2.5);
    EXPECT_EQ(gains.gainOf("-1"), -1.0);
}

TEST(GainMap, UnknownNonNumericLabelHasNoGain)
{
    const GainMap gains;
    EXPECT_FALSE(gains.gainOf("X").has_value());
    EXPECT_FALSE(gains.gainOf("e").has_value()); // labels are case-sensitive
    EXPECT_FALSE(gains.gainOf("2x").has_value());
    EXPECT_FALSE(gains.gainOf("").has_value());
    EXPECT_FALSE(gains.gainOf("nan").has_value());
}

TEST(GainMap, ParseReplacesTheDefaults)
{
    const GainMap gains = GainMap::parse("E=3, S = 2,C=1,I=0,4=0.5");
    EXPECT_EQ(gains.gainOf("E"), 3.0);
    EXPECT_EQ(gains.gainOf("S"), 2.0);
    EXPECT_EQ(gains.gainOf("C"), 1.0);
    EXPECT_EQ(gains.gainOf("I"), 0.0);
    EXPECT_EQ(gains.gainOf("4"), 0.5); // a mapped numeric label uses the map, not its value
    EXPECT_EQ(gains.gainOf("3"), 3.0); // unmapped numeric labels still gain their value
    EXPECT_EQ(gains.toString(), "E=3,S=2,C=1,I=0,4=0.5");
}

TEST(GainMap, ParseOnlyKeepsTheGivenLabels)
{
    const GainMap gains = GainMap::parse("E=1");
    EXPECT_EQ(gains.gainOf("E"), 1.0);
    EXPECT_FALSE(gains.gainOf("S").has_value());
}

TEST(GainMap, ToStringRoundTrips)
{
    const GainMap gains = GainMap::parse("1=0,2=0.01,3=0.1,4=1");
    EXPECT_EQ(gains.toString(), "1=0,2=0.01,3=0.1,4=1");
    EXPECT_EQ(GainMap::parse(gains.toString()).toString(), gains.toString());
}

TEST(GainMap, MalformedEntriesNameTheOption)
{
    for (const std::string spec : {"E", "E=abc", "=1", "E=1,", "E=1,,S=2", "", "E=", "E=1,E=2", "E=inf"}) {
        std::optional<InputField> field;
        const std::string message = inputErrorOf([&] { GainMap::parse(spec); }, &field);
        EXPECT_EQ(field, InputField::Gains) << "spec '" << spec << "': " << message;
        EXPECT_EQ(message.rfind("gains: ", 0), 0u) << "spec '" << spec << "': " << message;
    }
    std::optional<InputField> field;
    const std::string message = inputErrorOf([] { GainMap::parse("E=abc", InputField::Queries); }, &field);
    EXPECT_EQ(field, InputField::Queries) << message;
    EXPECT_NE(message.find("abc"), std::string::npos) << message;
}

TEST(MetricSpec, ParseCutoffsSortsAndDeduplicates)
{
    EXPECT_EQ(MetricSpec::parseCutoffs("10,100"), (std::vector<int>{10, 100}));
    EXPECT_EQ(MetricSpec::parseCutoffs("100, 10,10,1"), (std::vector<int>{1, 10, 100}));
    EXPECT_EQ(MetricSpec::parseCutoffs("5"), (std::vector<int>{5}));
}

TEST(MetricSpec, BadCutoffsNameTheOption)
{
    for (const std::string text : {"0", "-1", "x", "", "10,", "1.5", "10,x", " "}) {
        std::optional<InputField> field;
        const std::string message = inputErrorOf([&] { MetricSpec::parseCutoffs(text); }, &field);
        EXPECT_EQ(field, InputField::K) << "text '" << text << "': " << message;
        EXPECT_EQ(message.rfind("k: ", 0), 0u) << "text '" << text << "': " << message;
    }
    std::optional<InputField> field;
    inputErrorOf([] { MetricSpec::parseCutoffs("0", InputField::Dims); }, &field);
    EXPECT_EQ(field, InputField::Dims);
}

TEST(MetricSpec, ColumnsAreMetricMajor)
{
    MetricSpec spec;
    spec.cutoffs = {10, 100};
    EXPECT_EQ(spec.columnCount(), 12u);
    EXPECT_EQ(spec.maxCutoff(), 100);
    EXPECT_EQ(spec.columnNames(),
              (std::vector<std::string>{"ndcg@10", "ndcg@100", "p@10", "p@100", "recall@10", "recall@100",
                                        "mrr@10", "mrr@100", "map@10", "map@100", "hit@10", "hit@100"}));
    spec.metrics = {Metric::Hit, Metric::Ndcg};
    spec.cutoffs = {5};
    EXPECT_EQ(spec.columnNames(), (std::vector<std::string>{"hit@5", "ndcg@5"}));
}

TEST(MetricSpec, MetricNames)
{
    EXPECT_STREQ(metricName(Metric::Ndcg), "ndcg");
    EXPECT_STREQ(metricName(Metric::Precision), "p");
    EXPECT_STREQ(metricName(Metric::Recall), "recall");
    EXPECT_STREQ(metricName(Metric::Mrr), "mrr");
    EXPECT_STREQ(metricName(Metric::Map), "map");
    EXPECT_STREQ(metricName(Metric::Hit), "hit");
}
