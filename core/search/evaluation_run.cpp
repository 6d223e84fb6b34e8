#include "core/search/evaluation_run.h"

#include "core/cluster/distributed_sweep.h"
#include "core/eval/dims.h"
#include "core/search/faiss_per_dim.h"
#include "core/search/judged_rerank.h"
#include "core/search/prefix_norms.h"
#include "core/util/error.h"

#include <algorithm>
#include <cmath>

namespace near2 {

namespace {

void checkRowCount(const EmbeddingMatrix& embeddings, std::size_t records, const std::string& source,
                   const std::string& recordsName)
{
    if (embeddings.rows() != records)
        throw InputError(source + " has " + std::to_string(embeddings.rows()) + " rows but " + recordsName +
                         " has " + std::to_string(records) + " records (one row per record, in file order)");
}

std::vector<std::vector<std::int32_t>> judgedRowsOf(const EvaluationPlan& plan)
{
    std::vector<std::vector<std::int32_t>> rows;
    for (std::size_t q = 0; q < plan.queryIds.size(); ++q) {
        if (plan.queryRows[q] < 0)
            continue;
        auto& judged = rows.emplace_back();
        for (const auto& [doc, gain] : plan.docGains[q])
            judged.push_back(doc);
    }
    return rows;
}

} // namespace

PreparedEvaluation prepareEvaluation(const Dataset& dataset, const EvaluationInputs& inputs)
{
    checkRowCount(inputs.corpusEmbeddings, dataset.corpus.size(), inputs.corpusSource, "corpus.jsonl");
    checkRowCount(inputs.queryEmbeddings, dataset.queries.size(), inputs.querySource, "queries.jsonl");
    if (inputs.corpusEmbeddings.dim() != inputs.queryEmbeddings.dim())
        throw InputError(inputs.querySource + " has " + std::to_string(inputs.queryEmbeddings.dim()) +
                         " dimensions but " + inputs.corpusSource + " has " +
                         std::to_string(inputs.corpusEmbeddings.dim()));
    PreparedEvaluation prepared;
    prepared.plan = planEvaluation(dataset, inputs.split, inputs.gains, inputs.scoring.relevantThreshold);
    prepared.warnings = prepared.plan.warnings();
    if (inputs.strict && !prepared.warnings.empty())
        throw InputError(dataset.split(inputs.split).file,
                         prepared.warnings.front() + " (" + fieldRef(InputField::Strict) + ")");
    const auto rows = prepared.plan.searchableQueryRows();
    prepared.queries = inputs.queryEmbeddings.selectRows(rows);
    for (std::size_t q = 0; q < rows.size(); ++q) {
        const auto values = prepared.queries.row(q);
        if (!std::all_of(values.begin(), values.end(), [](float value) { return std::isfinite(value); }))
            throw InputError(inputs.querySource, NonFiniteRow::describe(rows[q]));
    }
    return prepared;
}

EvaluationOutcome evaluate(const Dataset& dataset, const EvaluationInputs& inputs, const JobControl& job)
{
    PreparedEvaluation prepared = prepareEvaluation(dataset, inputs);
    const std::size_t fullDim = inputs.corpusEmbeddings.dim();
    const std::vector<int> dims = inputs.dims.empty() ? defaultDims(fullDim) : inputs.dims;
    checkDimsFit(dims, fullDim, inputs.corpusSource);

    EvaluationOutcome outcome;
    outcome.plan = std::move(prepared.plan);
    outcome.warnings = std::move(prepared.warnings);
    const EmbeddingMatrix& queries = prepared.queries;
    // Cutoffs beyond the catalog rank it whole: lists hold at most every product (metrics still divide by k).
    const std::size_t depth =
        std::min(static_cast<std::size_t>(inputs.scoring.spec.maxCutoff()), inputs.corpusEmbeddings.rows());
    if (inputs.method == SearchMethod::FaissPerDim && !inputs.scoring.judgedOnly)
        requireFaissReferenceMemory(inputs.corpusEmbeddings.rows(), static_cast<std::size_t>(dims.back()));
    requireSweepMemory(queries.rows(), inputs.corpusEmbeddings.rows(), fullDim, dims.size(), depth);
    SweepOptions options;
    options.dims = dims;
    options.k = depth;
    options.engine = inputs.engine;
    options.device = inputs.device;
    try {
        if (inputs.scoring.judgedOnly)
            outcome.rankings = rankCandidates(queries, inputs.corpusEmbeddings, judgedRowsOf(outcome.plan),
                                              outcome.plan.tieRanks, dims, depth);
        else if (inputs.method == SearchMethod::FaissPerDim)
            outcome.rankings =
                searchPerDimWithFaiss(queries, inputs.corpusEmbeddings, outcome.plan.tieRanks, options, job);
        else
            outcome.rankings = cluster::sweepAcrossRanks(queries, inputs.corpusEmbeddings,
                                                         outcome.plan.tieRanks, options, job);
    } catch (const NonFiniteRow& error) { // a catalog row: name the file
        throw InputError(inputs.corpusSource, NonFiniteRow::describe(error.row()));
    }
    job.checkCancelled();
    outcome.result = scoreRankings(outcome.plan, outcome.rankings, inputs.scoring);
    return outcome;
}

} // namespace near2
