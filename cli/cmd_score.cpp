// near2 score: evaluates a TREC run file against TREC qrels with trec_eval's conventions (-c, optional -J),
// printing trec_eval-style rows (measure, query, value) or JSON. A debugging tool for any run file.
#include "cli/command.h"
#include "core/eval/trec_files.h"
#include "core/util/error.h"

#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

namespace near2::cli {

namespace {

struct ScoreOptions
{
    std::string qrels, run, cutoffs = "10", gains = GainMap().toString();
    double relevantThreshold = 1.0;
    bool judgedOnly = false, perQuery = false, json = false;
};

// Queries of the run that the qrels lack (ignored) and queries of the qrels that the run lacks (scored 0).
void reportCoverage(const RunEvaluation& evaluation, const std::vector<RunEntry>& run)
{
    const std::set<std::string> judged(evaluation.queryIds.begin(), evaluation.queryIds.end());
    std::set<std::string> ranked;
    for (const RunEntry& entry : run)
        ranked.insert(entry.queryId);
    std::size_t unjudged = 0, unranked = 0;
    for (const std::string& id : ranked)
        unjudged += judged.count(id) == 0 ? 1 : 0;
    for (const std::string& id : judged)
        unranked += ranked.count(id) == 0 ? 1 : 0;
    if (unjudged > 0)
        std::cerr << fmt::format("near2 score: note: {} run queries are not in the qrels (ignored)\n",
                                 unjudged);
    if (unranked > 0)
        std::cerr << fmt::format("near2 score: note: {} qrels queries have no run entries (scored 0)\n",
                                 unranked);
}

void printTable(const RunEvaluation& evaluation, const std::vector<std::string>& columns, bool perQuery)
{
    const auto printRows = [&](const std::string& queryId, const std::vector<double>& values) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            std::cout << fmt::format("{:<22}\t{}\t{:.4f}\n", columns[c], queryId, values[c]);
    };
    if (perQuery)
        for (std::size_t q = 0; q < evaluation.queryIds.size(); ++q)
            printRows(evaluation.queryIds[q], evaluation.perQuery[q]);
    std::cout << fmt::format("{:<22}\tall\t{}\n", "num_q", evaluation.queryIds.size());
    printRows("all", evaluation.mean);
}

void printJson(const RunEvaluation& evaluation, const std::vector<std::string>& columns,
               const ScoreOptions& options, const MetricSpec& spec, const GainMap& gains)
{
    const auto valuesOf = [&](const std::vector<double>& values) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < columns.size(); ++c)
            object[columns[c]] = values[c];
        return object;
    };
    nlohmann::ordered_json out;
    out["qrels"] = options.qrels;
    out["run"] = options.run;
    out["cutoffs"] = spec.cutoffs;
    out["gains"] = gains.toString();
    out["relevant_threshold"] = options.relevantThreshold;
    out["judged_only"] = options.judgedOnly;
    out["num_queries"] = evaluation.queryIds.size();
    out["all"] = valuesOf(evaluation.mean);
    if (options.perQuery) {
        nlohmann::ordered_json queries = nlohmann::ordered_json::object();
        for (std::size_t q = 0; q < evaluation.queryIds.size(); ++q)
            queries[evaluation.queryIds[q]] = valuesOf(evaluation.perQuery[q]);
        out["per_query"] = std::move(queries);
    }
    std::cout << out.dump(2) << '\n';
}

int score(const ScoreOptions& options)
{
    MetricSpec spec;
    spec.cutoffs = MetricSpec::parseCutoffs(options.cutoffs);
    EvaluationOptions evaluationOptions;
    evaluationOptions.gains = GainMap::parse(options.gains);
    evaluationOptions.relevantThreshold = options.relevantThreshold;
    evaluationOptions.judgedOnly = options.judgedOnly;

    const Qrels qrels = readTrecQrels(options.qrels);
    if (qrels.judgements.empty())
        throw InputError(options.qrels, "no judgements");
    const std::vector<RunEntry> run = readTrecRun(options.run);
    const RunEvaluation evaluation = evaluateRun(qrels, run, spec, evaluationOptions);
    reportCoverage(evaluation, run);

    const auto columns = spec.columnNames();
    if (options.json)
        printJson(evaluation, columns, options, spec, evaluationOptions.gains);
    else
        printTable(evaluation, columns, options.perQuery);
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<ScoreOptions>();
    app.add_option("--qrels", options->qrels, "TREC qrels file (query 0 document grade)")->required();
    app.add_option("--run", options->run, "TREC run file (query Q0 document rank score tag)")->required();
    app.add_option("--k", options->cutoffs, "Cutoffs, e.g. 10,100 (default 10)");
    app.add_option("--gains", options->gains,
                   "Label gains, e.g. E=1,S=0.1,C=0.01,I=0 (the default); numeric labels not listed gain "
                   "their own value");
    app.add_option("--relevant-threshold", options->relevantThreshold,
                   "Smallest gain that counts as relevant for P, recall, MRR, MAP and hit (default 1)");
    app.add_flag("--judged-only", options->judgedOnly,
                 "Drop unjudged documents from the ranking before cutting (trec_eval -J)");
    app.add_flag("--per-query", options->perQuery, "Also print every query's values");
    app.add_flag("--json", options->json, "Print JSON instead of the table");
    return [options] { return score(*options); };
}

} // namespace

NEAR2_COMMAND(Command{"score", "Score a TREC run file against TREC qrels (trec_eval conventions)", setup})

} // namespace near2::cli
