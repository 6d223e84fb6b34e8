// TREC qrels/run files and evaluateRun: trec_eval 10.0's own answers (../shared/data/trec_eval_golden),
// hand-made evaluations and the errors bad files give.
#include "core/eval/trec_files.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace near2;

namespace {

// --- trec_eval golden cases ---------------------------------------------------------------------------

struct GoldenRow
{
    std::string measure; // trec_eval's name: "ndcg_cut_10", "P_5", ...
    std::string queryId; // or "all"
    double value = 0.0;
};

struct GoldenCase
{
    std::string command;
    std::string qrels;
    std::string run;
    std::string gains; // from -m ndcg.LEVELS, else the defaults
    double relevantThreshold = 1.0;
    bool judgedOnly = false;
    std::vector<GoldenRow> rows;
};

std::vector<std::string> words(const std::string& line)
{
    std::istringstream in(line);
    std::vector<std::string> result;
    for (std::string word; in >> word;)
        result.push_back(word);
    return result;
}

GoldenCase parseCommand(const std::string& command)
{
    GoldenCase golden;
    golden.command = command;
    const auto tokens = words(command.substr(2)); // after "$ "
    std::vector<std::string> files;
    for (std::size_t i = 1; i < tokens.size(); ++i) { // tokens[0] is "trec_eval"
        const std::string& token = tokens[i];
        if (token == "-J")
            golden.judgedOnly = true;
        else if (token == "-l")
            golden.relevantThreshold = std::stod(tokens.at(++i));
        else if (token == "-m") {
            const std::string& measure = tokens.at(++i);
            if (measure.rfind("ndcg.", 0) == 0)
                golden.gains = measure.substr(5);
        } else if (token == "-q" || token == "-c")
            continue; // -q: per query rows; without -c every case has the same queries in qrels and run
        else
            files.push_back(token);
    }
    EXPECT_EQ(files.size(), 2u) << command;
    if (files.size() == 2) {
        golden.qrels = files[0];
        golden.run = files[1];
    }
    return golden;
}

std::vector<GoldenCase> readExpected(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::vector<GoldenCase> cases;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("$ ", 0) == 0) {
            cases.push_back(parseCommand(line));
            continue;
        }
        const auto fields = words(line);
        if (fields.empty() || fields[0].front() == '#')
            continue;
        // "measure<TAB>query<TAB>value"; the measure is padded with spaces, "ndcg_1=0,..." has none inside.
        if (cases.empty() || fields.size() != 3) {
            ADD_FAILURE() << "unexpected line in expected.txt: " << line;
            continue;
        }
        cases.back().rows.push_back(GoldenRow{fields[0], fields[1], std::stod(fields[2])});
    }
    return cases;
}

// trec_eval's measure name → (metric, cutoff); measures without a cutoff use a cutoff past every ranking.
std::pair<Metric, int> metricOf(const std::string& measure)
{
    constexpr int kUncut = 1000;
    const auto cutoffAfter = [&](const std::string& prefix) {
        return std::stoi(measure.substr(prefix.size()));
    };
    if (measure.rfind("ndcg_cut_", 0) == 0)
        return {Metric::Ndcg, cutoffAfter("ndcg_cut_")};
    if (measure == "ndcg" || measure.rfind("ndcg_", 0) == 0) // "ndcg_1=0,2=0.01,...": custom gains
        return {Metric::Ndcg, kUncut};
    if (measure.rfind("P_", 0) == 0)
        return {Metric::Precision, cutoffAfter("P_")};
    if (measure.rfind("recall_", 0) == 0)
        return {Metric::Recall, cutoffAfter("recall_")};
    if (measure.rfind("success_", 0) == 0)
        return {Metric::Hit, cutoffAfter("success_")};
    if (measure == "recip_rank")
        return {Metric::Mrr, kUncut};
    ADD_FAILURE() << "unknown trec_eval measure " << measure;
    return {Metric::Ndcg, kUncut};
}

// The README's two trec_eval defects (fractional gains all below 1): the correct value, and the same
// gains ×10, which give the correct value in trec_eval too.
struct Correction
{
    std::string gains;
    std::string scaledGains;
    double correctValue;
};
const Correction* correctionFor(const std::string& gains)
{
    static const std::vector<Correction> corrections{{"1=0.5,2=0.9,3=0.2", "1=5,2=9,3=2", 1.0},
                                                     {"1=0.2,2=0.5,3=0.9", "1=2,2=5,3=9", 0.8181}};
    for (const Correction& correction : corrections)
        if (correction.gains == gains)
            return &correction;
    return nullptr;
}

double evaluate(const std::filesystem::path& dir, const GoldenCase& golden, const std::string& gains,
                Metric metric, int cutoff, const std::string& queryId)
{
    const Qrels qrels = readTrecQrels(dir / golden.qrels);
    const auto run = readTrecRun(dir / golden.run);
    MetricSpec spec;
    spec.metrics = {metric};
    spec.cutoffs = {cutoff};
    EvaluationOptions options;
    if (!gains.empty())
        options.gains = GainMap::parse(gains);
    options.relevantThreshold = golden.relevantThreshold;
    options.judgedOnly = golden.judgedOnly;
    const RunEvaluation evaluation = evaluateRun(qrels, run, spec, options);
    if (queryId == "all")
        return evaluation.mean.at(0);
    for (std::size_t q = 0; q < evaluation.queryIds.size(); ++q)
        if (evaluation.queryIds[q] == queryId)
            return evaluation.perQuery[q].at(0);
    ADD_FAILURE() << "query " << queryId << " missing from the evaluation";
    return NAN;
}

} // namespace

TEST(TrecGolden, MatchesTrecEval)
{
    NEAR2_REQUIRE_SHARED(dir, "data/trec_eval_golden");
    const auto cases = readExpected(dir / "expected.txt");
    ASSERT_EQ(cases.size(), 11u);
    std::size_t checked = 0;
    for (const GoldenCase& golden : cases) {
        ASSERT_FALSE(golden.rows.empty()) << golden.command;
        const Correction* correction = correctionFor(golden.gains);
        for (const GoldenRow& row : golden.rows) {
            const auto [metric, cutoff] = metricOf(row.measure);
            const double expected = correction ? correction->correctValue : row.value;
            EXPECT_NEAR(evaluate(dir, golden, golden.gains, metric, cutoff, row.queryId), expected, 1e-4)
                << golden.command << "\n  " << row.measure << " " << row.queryId;
            if (correction) {
                EXPECT_NEAR(evaluate(dir, golden, correction->scaledGains, metric, cutoff, row.queryId),
                            expected, 1e-4)
                    << golden.command << " with gains " << correction->scaledGains;
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, 48u); // every row of expected.txt
}

TEST(TrecGolden, AveragesOverEveryQueryOfTheQrels)
{
    NEAR2_REQUIRE_SHARED(dir, "data/trec_eval_golden");
    const RunEvaluation evaluation = evaluateRun(readTrecQrels(dir / "q.qrels"), readTrecRun(dir / "r.run"),
                                                 MetricSpec{}, EvaluationOptions{});
    EXPECT_EQ(evaluation.queryIds, (std::vector<std::string>{"q1", "q2", "q3"}));
    ASSERT_EQ(evaluation.perQuery.size(), 3u);
    for (double value : evaluation.perQuery[2])
        EXPECT_EQ(value, 0.0); // q3 has no run entries
}

// --- hand-made evaluations ----------------------------------------------------------------------------

namespace {

struct Files
{
    test::ScratchDir dir;
    Qrels qrels;
    std::vector<RunEntry> run;

    Files(const std::string& qrelsText, const std::string& runText)
    {
        test::writeText(dir / "test.qrels", qrelsText);
        test::writeText(dir / "test.run", runText);
        qrels = readTrecQrels(dir / "test.qrels");
        run = readTrecRun(dir / "test.run");
    }
};

MetricSpec specOf(std::vector<Metric> metrics, std::vector<int> cutoffs)
{
    MetricSpec spec;
    spec.metrics = std::move(metrics);
    spec.cutoffs = std::move(cutoffs);
    return spec;
}

template <typename Action> std::string inputErrorOf(Action action)
{
    try {
        action();
    } catch (const InputError& error) {
        return error.what();
    }
    return "(no InputError)";
}

} // namespace

TEST(TrecFiles, ReadsColumnsAndLines)
{
    Files files("q1 0 a E\n\nq1\t0\tb   2.5\r\n", "q1 Q0 a 1 3.5 tag\nq2 Q0 b 2 -1e2 tag\r\n");
    ASSERT_EQ(files.qrels.judgements.size(), 2u);
    EXPECT_EQ(files.qrels.file, files.dir / "test.qrels");
    const Judgement& second = files.qrels.judgements[1];
    EXPECT_EQ(second.queryId, "q1");
    EXPECT_EQ(second.docId, "b");
    EXPECT_EQ(second.label, "2.5");
    EXPECT_EQ(second.line, 3u);
    ASSERT_EQ(files.run.size(), 2u);
    EXPECT_EQ(files.run[0].docId, "a");
    EXPECT_EQ(files.run[0].score, 3.5);
    EXPECT_EQ(files.run[1].queryId, "q2");
    EXPECT_EQ(files.run[1].score, -100.0);
}

TEST(TrecFiles, RankColumnIsIgnoredAndTiesSortByDocumentIdDescending)
{
    // Scores put b first; among the tied c, a and d, d ranks before c before a.
    Files files("q1 0 a 1\nq1 0 b 1\n", "q1 Q0 a 1 1 r\nq1 Q0 b 9 2 r\nq1 Q0 c 2 1 r\nq1 Q0 d 3 1 r\n");
    const auto spec = specOf({Metric::Mrr, Metric::Map}, {4});
    const RunEvaluation evaluation = evaluateRun(files.qrels, files.run, spec, {});
    EXPECT_NEAR(evaluation.mean[0], 1.0, 1e-12);                   // b first
    EXPECT_NEAR(evaluation.mean[1], (1.0 + 2.0 / 4.0) / 2, 1e-12); // a fourth
}

TEST(TrecFiles, JudgedOnlyDropsUnjudgedDocumentsBeforeCutting)
{
    Files files("q1 0 a 1\nq1 0 b 0\n", "q1 Q0 x 1 3 r\nq1 Q0 a 2 2 r\nq1 Q0 b 3 1 r\n");
    const auto spec = specOf({Metric::Precision, Metric::Mrr}, {1});
    const RunEvaluation all = evaluateRun(files.qrels, files.run, spec, {});
    EXPECT_EQ(all.mean, (std::vector<double>{0.0, 0.0}));
    EvaluationOptions judgedOnly;
    judgedOnly.judgedOnly = true;
    const RunEvaluation judged = evaluateRun(files.qrels, files.run, spec, judgedOnly);
    EXPECT_EQ(judged.mean, (std::vector<double>{1.0, 1.0}));
}

TEST(TrecFiles, EsciLabelsUseTheGainMapAndThreshold)
{
    Files files("q1 0 p1 E\nq1 0 p2 S\nq1 0 p3 I\n", "q1 Q0 p2 1 3 r\nq1 Q0 p1 2 2 r\nq1 Q0 p3 3 1 r\n");
    const auto spec = specOf({Metric::Ndcg, Metric::Mrr, Metric::Recall}, {3});
    const double d2 = 1.0 / std::log2(3.0);
    const RunEvaluation byDefault = evaluateRun(files.qrels, files.run, spec, {});
    EXPECT_NEAR(byDefault.mean[0], (0.1 + d2) / (1.0 + 0.1 * d2), 1e-12);
    EXPECT_NEAR(byDefault.mean[1], 0.5, 1e-12); // only E is relevant at threshold 1
    EXPECT_NEAR(byDefault.mean[2], 1.0, 1e-12);

    EvaluationOptions lenient;
    lenient.relevantThreshold = 0.1; // E and S relevant
    const RunEvaluation relaxed = evaluateRun(files.qrels, files.run, spec, lenient);
    EXPECT_NEAR(relaxed.mean[1], 1.0, 1e-12);

    EvaluationOptions custom;
    custom.gains = GainMap::parse("E=3,S=2,C=1,I=0");
    const RunEvaluation graded = evaluateRun(files.qrels, files.run, spec, custom);
    EXPECT_NEAR(graded.mean[0], (2.0 + 3.0 * d2) / (3.0 + 2.0 * d2), 1e-12);
    EXPECT_NEAR(graded.mean[1], 1.0, 1e-12); // S's gain 2 now reaches the threshold
}

TEST(TrecFiles, MissingQueriesScoreZeroAndUnjudgedQueriesAreIgnored)
{
    Files files("q1 0 a 1\nq2 0 b 1\n", "q1 Q0 a 1 1 r\nq9 Q0 b 1 1 r\n");
    const RunEvaluation evaluation = evaluateRun(files.qrels, files.run, specOf({Metric::Hit}, {10}), {});
    EXPECT_EQ(evaluation.queryIds, (std::vector<std::string>{"q1", "q2"}));
    EXPECT_EQ(evaluation.perQuery, (std::vector<std::vector<double>>{{1.0}, {0.0}}));
    EXPECT_EQ(evaluation.mean, (std::vector<double>{0.5}));
}

TEST(TrecFiles, EmptyQrelsGiveZeroMeans)
{
    const RunEvaluation evaluation = evaluateRun(Qrels{}, {}, MetricSpec{}, {});
    EXPECT_TRUE(evaluation.queryIds.empty());
    EXPECT_EQ(evaluation.mean, std::vector<double>(MetricSpec{}.columnCount(), 0.0));
}

// --- errors -------------------------------------------------------------------------------------------

TEST(TrecFiles, LabelWithoutGainNamesFileAndLine)
{
    Files files("q1 0 a E\nq1 0 b Exact\n", "q1 Q0 a 1 1 r\n");
    const std::string message = inputErrorOf([&] { evaluateRun(files.qrels, files.run, MetricSpec{}, {}); });
    EXPECT_NE(message.find("test.qrels:2:"), std::string::npos) << message;
    EXPECT_NE(message.find("'Exact'"), std::string::npos) << message;
    EXPECT_NE(message.find("(use gains)"), std::string::npos) << message;
}

TEST(TrecFiles, DuplicateJudgementNamesLine)
{
    Files files("q1 0 a 1\nq2 0 a 1\nq1 0 a 0\n", "");
    const std::string message = inputErrorOf([&] { evaluateRun(files.qrels, files.run, MetricSpec{}, {}); });
    EXPECT_NE(message.find("test.qrels:3:"), std::string::npos) << message;
    EXPECT_NE(message.find("line 1"), std::string::npos) << message;
}

TEST(TrecFiles, WrongColumnCountNamesFileAndLine)
{
    test::ScratchDir dir;
    test::writeText(dir / "bad.qrels", "q1 0 a 1\nq1 0 b\n");
    EXPECT_NE(inputErrorOf([&] { readTrecQrels(dir / "bad.qrels"); }).find("bad.qrels:2:"),
              std::string::npos);
    test::writeText(dir / "long.qrels", "q1 0 a 1 extra\n");
    EXPECT_NE(inputErrorOf([&] { readTrecQrels(dir / "long.qrels"); }).find("long.qrels:1:"),
              std::string::npos);
    test::writeText(dir / "bad.run", "q1 Q0 a 1 1 r\n\nq1 Q0 b 2 1\n");
    EXPECT_NE(inputErrorOf([&] { readTrecRun(dir / "bad.run"); }).find("bad.run:3:"), std::string::npos);
}

TEST(TrecFiles, BadScoreNamesFileAndLine)
{
    test::ScratchDir dir;
    for (const std::string score : {"x", "1.5x", "nan", "--1"}) {
        test::writeText(dir / "bad.run", "q1 Q0 a 1 1 r\nq1 Q0 b 2 " + score + " r\n");
        const std::string message = inputErrorOf([&] { readTrecRun(dir / "bad.run"); });
        EXPECT_NE(message.find("bad.run:2:"), std::string::npos) << message;
        EXPECT_NE(message.find("'" + score + "'"), std::string::npos) << message;
    }
}

TEST(TrecFiles, DuplicateRunDocumentNamesLine)
{
    test::ScratchDir dir;
    test::writeText(dir / "dup.run", "q1 Q0 a 1 2 r\nq2 Q0 a 1 2 r\nq1 Q0 a 2 1 r\n");
    const std::string message = inputErrorOf([&] { readTrecRun(dir / "dup.run"); });
    EXPECT_NE(message.find("dup.run:3:"), std::string::npos) << message;
    EXPECT_NE(message.find("line 1"), std::string::npos) << message;
    const std::vector<RunEntry> run{{"q1", "a", 2.0}, {"q1", "a", 1.0}};
    Qrels qrels;
    qrels.judgements.push_back({"q1", "a", "1", 1});
    EXPECT_NE(inputErrorOf([&] { evaluateRun(qrels, run, MetricSpec{}, {}); }).find("twice"),
              std::string::npos);
}

TEST(TrecFiles, MissingFileIsAnInputError)
{
    EXPECT_THROW(readTrecQrels("/nonexistent/near2.qrels"), InputError);
    EXPECT_THROW(readTrecRun("/nonexistent/near2.run"), InputError);
}
