// near2 tradeoffs: quality, memory and speed over nested dims × precisions × index types, plus funnels.
#include "cli/command.h"
#include "cli/evaluation_inputs.h"
#include "cli/terminal_progress.h"
#include "core/compute/runtime.h"
#include "core/store/project_store.h"
#include "core/tradeoffs/tradeoff_files.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/tradeoff_run.h"
#include "core/tradeoffs/tradeoff_validation.h"
#include "core/tradeoffs/training_warnings.h"
#include "core/util/error.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <optional>

namespace near2::cli {

namespace {

struct TradeoffCliOptions
{
    EvaluationSourceOptions source;
    std::string precisions = "fp32,fp16,int8,binary,binary+rescore", indexes = "flat";
    std::vector<std::string> funnels;
    std::string hnswM = "32", efConstruction = "200", efSearch = "64";
    std::string nlist, nprobe = "8", pqM, pqBits = "8";
    int rescore = 10;
    std::size_t latencyQueries = 100;
    std::string out;
    std::string project; // also store the grid there, and reuse the cells it holds
    std::string metric;  // a second metric for the compression statements, beside ndcg@10
};

// The grid's column of `--metric`, or none when not given.
std::optional<std::size_t> chosenMetricColumn(const std::string& metric,
                                              const std::vector<std::string>& columns)
{
    if (metric.empty())
        return std::nullopt;
    const auto found = std::find(columns.begin(), columns.end(), metric);
    if (found == columns.end()) {
        std::string names;
        for (const auto& column : columns)
            names += (names.empty() ? "" : ", ") + column;
        throw InputError("--metric: '" + metric + "' is not among the grid's metrics (" + names + ")");
    }
    return static_cast<std::size_t>(found - columns.begin());
}

// Lists of auto-able values: empty text keeps the single auto value (0).
std::vector<int> autoOrList(const std::string& text, InputField option)
{
    return text.empty() ? std::vector<int>{0} : parsePositiveList(text, option);
}

TradeoffOptions gridOptions(const TradeoffCliOptions& cli)
{
    TradeoffOptions options;
    options.precisions = parsePrecisions(cli.precisions);
    options.indexes = parseIndexKinds(cli.indexes);
    options.hnswM = parsePositiveList(cli.hnswM, InputField::HnswM);
    options.efConstruction = parsePositiveList(cli.efConstruction, InputField::EfConstruction);
    options.efSearch = parsePositiveList(cli.efSearch, InputField::EfSearch);
    options.nlist = autoOrList(cli.nlist, InputField::Nlist);
    options.nprobe = parsePositiveList(cli.nprobe, InputField::Nprobe);
    options.pqM = autoOrList(cli.pqM, InputField::PqM);
    options.pqBits = parsePositiveList(cli.pqBits, InputField::PqBits);
    options.rescore = cli.rescore;
    options.latencyQueries = cli.latencyQueries;
    for (const auto& spec : cli.funnels)
        options.funnels.push_back(parseFunnelSpec(spec));
    return options;
}

int runTradeoffsCommand(const TradeoffCliOptions& cli)
{
    const JobControl job = interactiveJob();
    TradeoffOptions options = gridOptions(cli); // parameter errors surface before any data is read
    if (compute::resolveDevice(cli.source.device) == "cuda") {
        options.flatEngine =
            FlatEngine::Torch; // flat fp32/fp16 on the GPU; the other cells stay on FAISS/CPU
        options.device = "cuda";
    }
    TradeoffCache cache;
    std::unique_ptr<ProjectStore> project; // opened first: a newer or foreign file is refused before any work
    if (!cli.project.empty()) {
        project = std::make_unique<ProjectStore>(cli.project);
        for (const auto& cell : project->storedTradeoffCells())
            cache.store(cell.key, cell);
    }
    EvaluationInputs inputs;
    const Dataset dataset = loadEvaluationInputs(cli.source, inputs, job);
    const auto chosen = chosenMetricColumn(cli.metric, inputs.scoring.spec.columnNames()); // before any work
    options.dataKey =
        tradeoffDataKey(inputs.corpusSource, inputs.querySource, cli.source.split, cli.source.gains);

    const auto start = std::chrono::steady_clock::now();
    const TradeoffOutcome outcome = runTradeoffs(dataset, inputs, options, cache, job);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const auto& warning : outcome.warnings)
        std::cerr << "near2 tradeoffs: warning: " << warning << '\n';
    for (const auto& cell : outcome.report.cells)
        for (const auto& warning : trainingWarnings(cell.spec, dataset.corpus.size()))
            std::cerr << "near2 tradeoffs: warning: dim " << cell.spec.dim << " " << indexName(cell.spec.index)
                      << " (" << cell.params << "): " << warning << '\n';

    const std::filesystem::path dir = cli.out;
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error)
        throw InputError(dir, "cannot create the output folder: " + error.message());
    auto csv = writeTradeoffCsv(dir / "tradeoffs.csv", outcome.report, dataset.corpus.size());
    auto compressionCsv = writeCompressionCsv(dir / "compression.csv", outcome.report, chosen);
    if (project)
        project->saveTradeoffs(outcome.report);
    csv->commit();
    compressionCsv->commit();

    std::cout << "Pareto front (quality vs bytes per vector):\n";
    for (const auto& line : frontSummary(outcome.report))
        std::cout << "  " << line << '\n';
    for (const auto& line : funnelSummary(outcome.report))
        std::cout << line << '\n';
    std::cout << "Smallest configurations keeping 99% and 95% of fp32 flat at the full dim:\n";
    for (const auto& line : compressionSummary(outcome.report, chosen))
        std::cout << line << '\n';
    const auto reused = std::count_if(outcome.report.cells.begin(), outcome.report.cells.end(),
                                      [](const CellMeasure& cell) { return cell.reused; });
    std::cerr << fmt::format(
        "near2 tradeoffs: {} cells ({} reused), {} queries × {} products in {:.2f} s → {}{}\n",
        outcome.report.cells.size(), reused, outcome.plan.queryIds.size(), dataset.corpus.size(), seconds,
        (dir / "tradeoffs.csv").string(), project ? " and " + cli.project : std::string());
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<TradeoffCliOptions>();
    addEvaluationSourceOptions(app, options->source, "10");
    app.add_option("--precisions", options->precisions,
                   "fp32,fp16,int8,binary,binary+rescore (default all; ivfpq cells are PQ codes regardless)");
    app.add_option("--index", options->indexes, "flat,hnsw,ivfpq (default flat)");
    app.add_option("--funnel", options->funnels,
                   "Funnel dim:keep stages, e.g. 16:200,64:50,768:10 (repeatable)");
    app.add_option("--hnsw-m", options->hnswM, "HNSW links per node, a list to sweep (default 32)");
    app.add_option("--ef-construction", options->efConstruction, "HNSW efConstruction, a list (default 200)");
    app.add_option("--ef-search", options->efSearch, "HNSW efSearch, a list, e.g. 64,128 (default 64)");
    app.add_option("--nlist", options->nlist, "IVF lists, a list (default: largest power of two ≤ √catalog)");
    app.add_option("--nprobe", options->nprobe, "IVF lists probed, a list (default 8)");
    app.add_option("--pq-m", options->pqM,
                   "PQ sub-quantizers, a list; must divide every dim (default: dim/4)");
    app.add_option("--pq-bits", options->pqBits, "Bits per PQ code, a list (default 8)");
    app.add_option("--rescore", options->rescore,
                   "binary+rescore: shortlist rescore×k by Hamming (default 10)");
    app.add_option("--latency-queries", options->latencyQueries,
                   "Queries timed one at a time on one thread for p50/p95 (default 100)");
    app.add_option("--metric", options->metric,
                   "A metric of the grid (e.g. recall@100) to state the smallest configurations for, beside "
                   "ndcg@10");
    app.add_option("--out", options->out, "Output folder for tradeoffs.csv and compression.csv")->required();
    app.add_option("--project", options->project,
                   "Also store the grid in this project (*.near2, created if absent) and reuse its cells");
    return [options] { return runTradeoffsCommand(*options); };
}

} // namespace

NEAR2_COMMAND({"tradeoffs",
               "Quality vs memory vs latency over dims, precisions and FAISS indexes (and funnels)", setup})

} // namespace near2::cli
