// near2 eval: exact metrics at every Matryoshka dimension, in one pass over the catalog.
#include <chrono>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/terminal_progress.h"
#include "core/data/loaders.h"
#include "core/eval/dims.h"
#include "core/eval/result_files.h"
#include "core/search/evaluation_run.h"
#include "core/search/model_embeddings.h"
#include "core/util/error.h"

namespace near2::cli {

namespace {

struct EvalOptions
{
    std::string dataset, split = "test", encoding = "UTF-8";
    std::string corpusEmbeddings, queryEmbeddings, model, device = "cpu";
    std::string dims, cutoffs = "10,100", gains = "E=1,S=0.1,C=0.01,I=0", engine = "sweep";
    double relevantThreshold = 1.0;
    bool judgedOnly = false, writeRuns = false, json = false, strict = false;
    std::size_t batchSize = 64;
    std::string out;
};

void printTable(const EvaluationResult& result)
{
    std::cout << fmt::format("{:>6} {:>8}", "dim", "bytes");
    for (const auto& column : result.columns)
        std::cout << fmt::format(" {:>10}", column);
    std::cout << '\n';
    for (std::size_t d = 0; d < result.dims.size(); ++d) {
        std::cout << fmt::format("{:>6} {:>8}", result.dims[d], float32BytesPerVector(result.dims[d]));
        for (const double value : result.mean[d])
            std::cout << fmt::format(" {:>10.4f}", value);
        std::cout << '\n';
    }
}

void writeOutputs(const EvalOptions& options, const Dataset& dataset, const EvaluationOutcome& outcome)
{
    const std::filesystem::path dir = options.out;
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error)
        throw InputError(dir, "cannot create the output folder: " + error.message());
    std::vector<std::unique_ptr<AtomicFile>> files;
    files.push_back(writeSummaryCsv(dir / "summary.csv", outcome.result));
    files.push_back(writePerQueryCsv(dir / "per_query.csv", outcome.result));
    if (options.writeRuns)
        for (std::size_t d = 0; d < outcome.rankings.dims.size(); ++d)
            files.push_back(writeTrecRun(dir / fmt::format("run_{}.trec", outcome.rankings.dims[d]), outcome.plan,
                                         outcome.rankings.perDim[d], dataset.corpus,
                                         fmt::format("near2-d{}", outcome.rankings.dims[d])));
    for (auto& file : files)
        file->commit();
}

int runEval(const EvalOptions& options)
{
    const JobControl job = interactiveJob();
    EvaluationInputs inputs;
    inputs.split = options.split;
    inputs.gains = GainMap::parse(options.gains);
    inputs.scoring.spec.cutoffs = MetricSpec::parseCutoffs(options.cutoffs);
    inputs.scoring.relevantThreshold = options.relevantThreshold;
    inputs.scoring.judgedOnly = options.judgedOnly;
    inputs.strict = options.strict;
    inputs.device = options.device;
    if (!options.dims.empty())
        inputs.dims = parseDims(options.dims);
    if (options.engine == "faiss")
        inputs.method = SearchMethod::FaissPerDim;
    else if (options.engine == "torch")
        inputs.engine = SweepEngine::Torch;
    else if (options.engine != "sweep")
        throw InputError("--engine: expected sweep, torch or faiss, got '" + options.engine + "'");
    if (options.model.empty() == (options.corpusEmbeddings.empty() || options.queryEmbeddings.empty()))
        throw InputError("give either --model or both --corpus-embeddings and --query-embeddings");

    ReadOptions read;
    read.encoding = options.encoding;
    read.split = options.split;
    const Dataset dataset = readBeir(options.dataset, read);
    if (options.model.empty()) {
        inputs.corpusEmbeddings = readEmbeddings(options.corpusEmbeddings);
        inputs.queryEmbeddings = readEmbeddings(options.queryEmbeddings);
        inputs.corpusSource = options.corpusEmbeddings;
        inputs.querySource = options.queryEmbeddings;
    } else {
        const ModelEmbeddings encoded =
            encodeDatasetWithModel(options.model, dataset, {.batchSize = options.batchSize, .device = options.device}, job);
        inputs.corpusEmbeddings = encoded.corpus;
        inputs.queryEmbeddings = encoded.queries;
        inputs.corpusSource = options.model + " (catalog)";
        inputs.querySource = options.model + " (queries)";
        inputs.device = encoded.device;
    }

    const auto start = std::chrono::steady_clock::now();
    const EvaluationOutcome outcome = evaluate(dataset, inputs, job);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const auto& warning : outcome.warnings)
        std::cerr << "near2 eval: warning: " << warning << '\n';
    writeOutputs(options, dataset, outcome);

    if (options.json) {
        std::cout << summaryJson(outcome.result).dump(2) << '\n';
    } else {
        printTable(outcome.result);
        std::cerr << fmt::format("near2 eval: {} queries × {} products, {} dims in {:.2f} s → {}\n",
                                 outcome.result.queryIds.size(), dataset.corpus.size(), outcome.result.dims.size(),
                                 seconds, options.out);
    }
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<EvalOptions>();
    app.add_option("--dataset", options->dataset, "BEIR folder (corpus.jsonl, queries.jsonl, qrels/<split>.tsv)")
        ->required();
    app.add_option("--split", options->split, "Qrels split to evaluate (default test)");
    app.add_option("--encoding", options->encoding, "Text encoding of the dataset files (default UTF-8)");
    app.add_option("--corpus-embeddings", options->corpusEmbeddings, "Catalog embeddings (.npy or .fvecs), one row per corpus.jsonl record");
    app.add_option("--query-embeddings", options->queryEmbeddings, "Query embeddings (.npy or .fvecs), one row per queries.jsonl record");
    app.add_option("--model", options->model, "Model bundle: encode catalog and queries (cached) instead of embedding files");
    app.add_option("--dims", options->dims, "Nested dims, e.g. 8,16,32 (default: powers of two from 8, plus the full dim)");
    app.add_option("--k", options->cutoffs, "Cutoffs, e.g. 10,100 (default 10,100)");
    app.add_option("--gains", options->gains, "Label gains (default E=1,S=0.1,C=0.01,I=0; numbers gain their value)");
    app.add_option("--relevant-threshold", options->relevantThreshold,
                   "Gain at which a product counts as relevant for P, recall, MRR, MAP, hit (default 1)");
    app.add_flag("--judged-only", options->judgedOnly, "Rank judged products only (trec_eval -J)");
    app.add_flag("--write-runs", options->writeRuns, "Also write run_<dim>.trec (TREC six-column) per dim");
    app.add_flag("--json", options->json, "Print the summary as JSON on stdout");
    app.add_flag("--strict", options->strict, "Judgements naming missing queries or products are an error");
    app.add_option("--device", options->device, "cpu, cuda or auto (default cpu)");
    app.add_option("--batch-size", options->batchSize, "Texts per encoding batch with --model (default 64)");
    app.add_option("--engine", options->engine, "sweep (default), torch (topk per tile), or faiss (a flat search per dim, for comparison)");
    app.add_option("--out", options->out, "Output folder for summary.csv, per_query.csv and runs")->required();
    return [options] { return runEval(*options); };
}

} // namespace

NEAR2_COMMAND({"eval", "Evaluate retrieval at every nested (Matryoshka) dimension in one pass", setup})

} // namespace near2::cli
