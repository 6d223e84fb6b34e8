#include "core/tradeoffs/tradeoff_run.h"

#include "core/compute/runtime.h"
#include "core/eval/dims.h"
#include "core/search/prefix_norms.h"
#include "core/tradeoffs/cell_results.h"
#include "core/tradeoffs/cell_timing.h"
#include "core/tradeoffs/searcher_slot.h"
#include "core/tradeoffs/tradeoff_cells.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/tradeoff_validation.h"
#include "core/tradeoffs/training_warnings.h"
#include "core/util/error.h"
#include "core/util/memory_budget.h"

#include <fmt/format.h>

namespace near2 {

namespace {

// The largest cell: its dim's normalised float32 catalog, beside the index built from it.
void requireGridMemory(const CellPlan& plan, std::size_t rows, std::size_t queries, std::size_t k)
{
    std::uint64_t largest = 0;
    const CellSpec* largestSpec = nullptr;
    for (const CellSpec& spec : plan.cells) {
        CellMeasure cell;
        describeMemory(cell, spec);
        const double perRow =
            4.0 * spec.dim + cell.bytesPerVector + cell.indexOverheadPerVector; // rescore floats included
        const auto bytes = static_cast<std::uint64_t>(perRow * static_cast<double>(rows)) +
                           static_cast<std::uint64_t>(queries) * k * 12;
        if (bytes > largest) {
            largest = bytes;
            largestSpec = &spec;
        }
    }
    if (largestSpec)
        requireMemory(largest,
                      fmt::format("the trade-off cell at dim {} ({} products in float32 and its index)",
                                  largestSpec->dim, rows),
                      "measure fewer or smaller dims, or a sample of the catalog");
}

} // namespace

TradeoffReport runTradeoffGrid(const EvaluationPlan& plan, const EmbeddingMatrix& queries,
                               const EmbeddingMatrix& corpus, const TradeoffOptions& options,
                               TradeoffCache& cache, const JobControl& job)
{
    validateTradeoffOptions(options, corpus.rows(), corpus.dim());
    const std::vector<int> dims = options.dims.empty() ? defaultDims(corpus.dim()) : options.dims;
    const CellPlan cellPlan = planCells(options, dims, corpus.rows(), corpus.dim());
    const int threads = options.threads > 0 ? options.threads : compute::configuredThreads();
    const auto k = std::min(static_cast<std::size_t>(options.scoring.spec.maxCutoff()), corpus.rows());
    requireGridMemory(cellPlan, corpus.rows(), queries.rows(), k);

    TradeoffReport report;
    report.columns = options.scoring.spec.columnNames();
    report.reference = cellPlan.reference;
    report.fullDim = static_cast<int>(corpus.dim());
    SearcherSlot slot(corpus, options);
    const auto total = static_cast<std::int64_t>(cellPlan.cells.size());
    for (std::size_t i = 0; i < cellPlan.cells.size(); ++i) {
        job.checkCancelled();
        const CellSpec& spec = cellPlan.cells[i];
        const std::string key = cellKey(spec, options, threads);
        if (auto cached = cache.find(key)) {
            cached->reused = true;
            cached->warnings = trainingWarnings(spec, corpus.rows());
            report.cells.push_back(std::move(*cached));
            job.report("tradeoffs", static_cast<std::int64_t>(i + 1), total);
            continue;
        }
        CellMeasure cell;
        cell.spec = spec;
        cell.key = key;
        cell.params = cellParams(spec);
        cell.warnings = trainingWarnings(spec, corpus.rows());
        describeMemory(cell, spec);
        CellSearcher& searcher = slot.get(spec, cell.buildSeconds);
        searcher.setSearchParams(spec);
        cell.device = searcher.device();
        if (cell.device != "cpu")
            cell.params += (cell.params.empty() ? "" : ",") + ("device=" + cell.device);
        cell.indexBytes = searcher.memoryBytes();
        const CellTiming timing = timeSearcher(searcher, queries, k, options.latencyQueries, threads, job);
        cell.latencyP50Ms = timing.latencyP50Ms;
        cell.latencyP95Ms = timing.latencyP95Ms;
        cell.queriesPerSecond = timing.queriesPerSecond;
        cell.threads = threads;
        cell.flopsPerQuery = flopsPerQuery(spec, corpus.rows(), k);
        SweepResult rankings;
        rankings.dims = {spec.dim};
        rankings.perDim.push_back(rankingsOf(timing.scores, timing.labels, queries.rows(), k, plan.tieRanks));
        cell.metrics = scoreRankings(plan, rankings, options.scoring).mean.front();
        cell.rankings = std::move(rankings.perDim.front());
        cache.store(key, cell);
        report.cells.push_back(std::move(cell));
        job.report("tradeoffs", static_cast<std::int64_t>(i + 1), total);
    }
    return report;
}

TradeoffOutcome runTradeoffs(const Dataset& dataset, const EvaluationInputs& inputs, TradeoffOptions options,
                             TradeoffCache& cache, const JobControl& job)
{
    if (inputs.scoring.judgedOnly)
        throw InputError(fieldRef(InputField::JudgedOnly) +
                         " does not apply to trade-offs (indexes search the whole catalog)");
    options.scoring = inputs.scoring;
    if (!inputs.dims.empty())
        options.dims = inputs.dims;
    validateTradeoffOptions(options, inputs.corpusEmbeddings.rows(), inputs.corpusEmbeddings.dim());

    PreparedEvaluation prepared = prepareEvaluation(dataset, inputs);
    TradeoffOutcome outcome;
    outcome.plan = std::move(prepared.plan);
    outcome.warnings = std::move(prepared.warnings);
    const EmbeddingMatrix& queries = prepared.queries;
    try {
        outcome.report = runTradeoffGrid(outcome.plan, queries, inputs.corpusEmbeddings, options, cache, job);
    } catch (const NonFiniteRow& error) { // a catalog row: name the file
        throw InputError(inputs.corpusSource, NonFiniteRow::describe(error.row()));
    }
    return outcome;
}

} // namespace near2
