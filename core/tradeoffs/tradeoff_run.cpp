#include "core/tradeoffs/tradeoff_run.h"

#include "core/compute/runtime.h"
#include "core/eval/dims.h"
#include "core/search/candidates.h"
#include "core/search/faiss_per_dim.h"
#include "core/tradeoffs/cell_timing.h"
#include "core/tradeoffs/tradeoff_cells.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/tradeoff_validation.h"
#include "core/util/error.h"

#include <chrono>
#include <memory>

namespace near2 {

namespace {

TopKLists rankingsOf(const CellTiming& timing, std::size_t queries, std::size_t k,
                     std::span<const std::uint32_t> tieRanks)
{
    TopKLists lists(queries, k);
    std::vector<Candidate> pool(k);
    for (std::size_t q = 0; q < queries; ++q) {
        std::size_t n = 0;
        for (std::size_t r = 0; r < k; ++r) {
            const auto label = timing.labels[q * k + r];
            if (label >= 0)
                pool[n++] = {timing.scores[q * k + r], tieRanks[static_cast<std::size_t>(label)],
                             static_cast<std::int32_t>(label)};
        }
        writeBest(std::span(pool.data(), n), k, lists.docs.data() + q * k, lists.scores.data() + q * k);
    }
    return lists;
}

double flopsPerQuery(const CellSpec& spec, std::size_t rows, std::size_t k)
{
    const double n = static_cast<double>(rows);
    if (spec.index == IndexKind::Funnel) {
        const auto& stages = spec.funnel.stages;
        double flops = 2.0 * stages.front().dim * n;
        for (std::size_t s = 1; s < stages.size(); ++s)
            flops += 2.0 * stages[s].dim * std::min<double>(n, stages[s - 1].keep);
        return flops;
    }
    if (spec.index != IndexKind::Flat || spec.precision == Precision::Binary)
        return 0; // graph and IVF searches visit a data-dependent share of the catalog
    if (spec.precision == Precision::BinaryRescore)
        return 2.0 * spec.dim * std::min<double>(n, static_cast<double>(spec.rescore * k));
    return 2.0 * spec.dim * n;
}

// Builds the searchers one at a time, keeping the current one (and its dim's catalog) for the next cells.
class SearcherSlot
{
public:
    SearcherSlot(const EmbeddingMatrix& corpus, const TradeoffOptions& options)
        : m_corpus(corpus), m_options(options)
    {
    }

    CellSearcher& get(const CellSpec& spec, double& buildSeconds)
    {
        const std::string key = buildKey(spec);
        if (key != m_key) {
            m_searcher.reset();
            if (spec.index != IndexKind::Funnel && m_catalog.dim != spec.dim)
                m_catalog =
                    PreparedCatalog{spec.dim, m_corpus.rows(), truncateAndNormalize(m_corpus, spec.dim)};
            const auto start = std::chrono::steady_clock::now();
            m_searcher = build(spec);
            m_buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            m_key = key;
        }
        buildSeconds = m_buildSeconds;
        return *m_searcher;
    }

private:
    std::unique_ptr<CellSearcher> build(const CellSpec& spec) const
    {
        if (spec.index == IndexKind::Funnel)
            return buildFunnelSearcher(spec.funnel, m_corpus.data(), m_corpus.rows(), m_corpus.dim());
        const bool torchFlat = m_options.flatEngine == FlatEngine::Torch && spec.index == IndexKind::Flat &&
                               (spec.precision == Precision::Fp32 || spec.precision == Precision::Fp16);
        if (torchFlat)
            return buildTorchFlatSearcher(spec, m_catalog, m_options.device);
        return buildFaissSearcher(spec, m_catalog);
    }

    const EmbeddingMatrix& m_corpus;
    const TradeoffOptions& m_options;
    PreparedCatalog m_catalog;
    std::unique_ptr<CellSearcher> m_searcher;
    std::string m_key;
    double m_buildSeconds = 0;
};

void describeMemory(CellMeasure& cell, const CellSpec& spec)
{
    if (spec.index == IndexKind::Funnel) {
        cell.bytesPerVector = 4.0 * spec.dim;
        return;
    }
    cell.bytesPerVector = codeBytesPerVector(spec.precision, spec.dim, spec.ivfpq.m, spec.ivfpq.bits);
    cell.indexOverheadPerVector = indexOverheadPerVector(spec.index, spec.hnsw.m);
    if (spec.precision == Precision::BinaryRescore)
        cell.rescoreBytesPerVector = 4.0 * spec.dim;
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
    const auto k = static_cast<std::size_t>(options.scoring.spec.maxCutoff());

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
            report.cells.push_back(std::move(*cached));
            job.report("tradeoffs", static_cast<std::int64_t>(i + 1), total);
            continue;
        }
        CellMeasure cell;
        cell.spec = spec;
        cell.params = cellParams(spec);
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
        rankings.perDim.push_back(rankingsOf(timing, queries.rows(), k, plan.tieRanks));
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
        throw InputError("--judged-only does not apply to trade-offs (indexes search the whole catalog)");
    options.scoring = inputs.scoring;
    if (!inputs.dims.empty())
        options.dims = inputs.dims;
    validateTradeoffOptions(options, inputs.corpusEmbeddings.rows(), inputs.corpusEmbeddings.dim());

    PreparedEvaluation prepared = prepareEvaluation(dataset, inputs);
    TradeoffOutcome outcome;
    outcome.plan = std::move(prepared.plan);
    outcome.warnings = std::move(prepared.warnings);
    const EmbeddingMatrix& queries = prepared.queries;
    outcome.report = runTradeoffGrid(outcome.plan, queries, inputs.corpusEmbeddings, options, cache, job);
    return outcome;
}

std::size_t compressionMetricColumn(const std::vector<std::string>& columns)
{
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c] == "ndcg@10")
            return c;
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].rfind("ndcg@", 0) == 0)
            return c;
    return 0;
}

} // namespace near2
