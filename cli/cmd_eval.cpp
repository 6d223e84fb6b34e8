// near2 eval: exact metrics at every Matryoshka dimension, in one pass over the catalog. Under
// `mpirun -np N`, every rank sweeps its slice of the catalog and rank 0 alone writes what a single process
// writes (core/cluster/distributed_sweep.h).
#include "cli/command.h"
#include "cli/evaluation_inputs.h"
#include "cli/project_export.h"
#include "cli/terminal_progress.h"
#include "core/cluster/process_group.h"
#include "core/eval/dims.h"
#include "core/eval/result_files.h"
#include "core/eval/type_summary.h"
#include "core/query_types/dataset_query_types.h"
#include "core/search/evaluation_run.h"
#include "core/store/project_files.h"
#include "core/util/error.h"
#include "core/util/output_folder.h"

#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <nlohmann/json.hpp>

namespace near2::cli {

namespace {

struct EvalOptions
{
    EvaluationSourceOptions source;
    std::string engine = "sweep";
    bool judgedOnly = false, writeRuns = false, json = false;
    std::string out;
    std::string project, runLabel;   // --project: also store the run there
    std::string queryTypes = "none"; // auto: per-type rows (the dataset's types, else derived ones)
};

// Per-type means with --query-types auto (empty otherwise).
std::vector<TypeSummary> typeSummaries(const EvalOptions& options, const Dataset& dataset,
                                       const EvaluationResult& result)
{
    if (options.queryTypes != "auto")
        return {};
    const auto types = resolvedQueryTypes(dataset);
    std::map<std::string, std::string> typeOfQuery;
    for (std::size_t q = 0; q < dataset.queries.size(); ++q)
        typeOfQuery.emplace(dataset.queries[q].id, types[q]);
    return summariseByType(result, typeOfQuery);
}

void writeOutputs(const EvalOptions& options, OutputFolder& out, const Dataset& dataset,
                  const EvaluationOutcome& outcome, const std::vector<TypeSummary>& byType)
{
    const std::filesystem::path dir = out.staging();
    std::vector<std::unique_ptr<AtomicFile>> files;
    files.push_back(writeSummaryCsv(dir / "summary.csv", outcome.result));
    writeTypeSummaryRows(files.back()->stream(), outcome.result, byType);
    files.push_back(writePerQueryCsv(dir / "per_query.csv", outcome.result));
    if (options.writeRuns)
        for (std::size_t d = 0; d < outcome.rankings.dims.size(); ++d)
            files.push_back(writeTrecRun(dir / fmt::format("run_{}.trec", outcome.rankings.dims[d]),
                                         outcome.plan, outcome.rankings.perDim[d], dataset.corpus,
                                         fmt::format("near2-d{}", outcome.rankings.dims[d])));
    for (auto& file : files)
        file->commit();
}

int runEval(const EvalOptions& options)
{
    const JobControl job = interactiveJob();
    EvaluationInputs inputs;
    inputs.scoring.judgedOnly = options.judgedOnly;
    if (options.engine == "faiss")
        inputs.method = SearchMethod::FaissPerDim;
    else if (options.engine == "torch")
        inputs.engine = SweepEngine::Torch;
    else if (options.engine == "products")
        inputs.engine = SweepEngine::FusedProducts;
    else if (options.engine == "registers") {
        if (!registerSweepAvailable())
            throw InputError("--engine registers: this CPU has no AVX-512 (use sweep or products)");
        inputs.engine = SweepEngine::FusedRegisters;
    } else if (options.engine != "sweep")
        throw InputError("--engine: expected sweep, registers, products, torch or faiss, got '" +
                         options.engine + "'");
    if (options.queryTypes != "none" && options.queryTypes != "auto")
        throw InputError("--query-types: expected auto or none, got '" + options.queryTypes + "'");
    if (!cluster::isRoot()) { // another rank of an MPI job: sweep a slice, hand it to rank 0, write nothing
        const Dataset dataset = loadEvaluationInputs(options.source, inputs, job);
        evaluate(dataset, inputs, job);
        return 0;
    }
    OutputFolder out(options.out); // a folder that cannot be written is refused before any work
    if (!options.project.empty())
        store::checkProjectWritable(options.project);
    const Dataset dataset = loadEvaluationInputs(options.source, inputs, job);

    const auto start = std::chrono::steady_clock::now();
    const EvaluationOutcome outcome = evaluate(dataset, inputs, job);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const auto& warning : outcome.warnings)
        std::cerr << "near2 eval: warning: " << warning << '\n';
    const auto byType = typeSummaries(options, dataset, outcome.result);
    writeOutputs(options, out, dataset, outcome, byType);
    if (!options.project.empty())
        storeRunInProject(options.project, options.source, dataset, outcome, options.runLabel);
    out.commit(); // after the project's transaction: a failure there leaves no outputs either

    if (options.json) {
        auto json = summaryJson(outcome.result);
        if (!byType.empty())
            json["by_type"] = typeSummaryJson(outcome.result, byType);
        std::cout << json.dump(2) << '\n';
    } else {
        std::cout << metricTable(outcome.result.dims, outcome.result.columns, outcome.result.mean);
        for (const auto& summary : byType)
            std::cout << fmt::format("type {} ({} queries)\n", summary.type, summary.queries)
                      << metricTable(outcome.result.dims, outcome.result.columns, summary.mean);
        std::cerr << fmt::format(
            "near2 eval: {} queries × {} products, {} dims in {:.2f} s{} → {}\n",
            outcome.result.queryIds.size(), dataset.corpus.size(), outcome.result.dims.size(), seconds,
            cluster::size() > 1 ? fmt::format(" on {} ranks", cluster::size()) : "", options.out);
    }
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<EvalOptions>();
    addEvaluationSourceOptions(app, options->source, "10,100");
    app.add_flag("--judged-only", options->judgedOnly, "Rank judged products only (trec_eval -J)");
    app.add_flag("--write-runs", options->writeRuns, "Also write run_<dim>.trec (TREC six-column) per dim");
    app.add_flag("--json", options->json, "Print the summary as JSON on stdout");
    app.add_option(
        "--engine", options->engine,
        "sweep (default: registers where the CPU has AVX-512 and there are 12+ queries per thread, else "
        "products), registers (prefix dots kept in "
        "registers), products (a matrix product per segment), torch (topk per tile), or faiss (a flat search "
        "per "
        "dim, for comparison)");
    app.add_option("--out", options->out, "Output folder for summary.csv, per_query.csv and runs")
        ->required();
    app.add_option("--project", options->project,
                   "Also store the run in this project (*.near2, created if absent)");
    app.add_option("--query-types", options->queryTypes,
                   "auto: also summarise per query type (the dataset's `type`, else derived from the query "
                   "and the catalog; rows \"<type>:<dim>\" in summary.csv); none (default)");
    app.add_option("--run-label", options->runLabel,
                   "Name of the stored run (default: the embeddings' file name)");
    return [options] { return runEval(*options); };
}

} // namespace

NEAR2_COMMAND({"eval", "Evaluate retrieval at every nested (Matryoshka) dimension in one pass", setup})

} // namespace near2::cli
