#include "core/session/tradeoff_context.h"

#include "core/session/dataset_files.h"
#include "core/session/evaluation_sources.h"
#include "core/session/ranking_context.h"
#include "core/tradeoffs/cell_ranking.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/tradeoff_run.h"
#include "core/util/error.h"

namespace near2::session {

namespace {

// The sources as `near2 tradeoffs` names them, so its cells are reused here.
std::string dataKeyOf(const ProjectSnapshot& project)
{
    const EmbeddingNames names = embeddingNames(project.model);
    return tradeoffDataKey(names.corpus, names.queries, project.dataset.split, project.settings.gains);
}

std::vector<RankedDoc> rankedDocs(const TopKLists& lists)
{
    std::vector<RankedDoc> docs;
    for (std::size_t r = 0; r < lists.k; ++r)
        if (lists.docs[r] >= 0)
            docs.push_back({lists.docs[r], lists.scores[r]});
    return docs;
}

// Position among the searchable queries (the rows of TradeoffContext::queries).
std::size_t searchableIndexOf(const EvaluationPlan& plan, const std::string& queryId)
{
    std::size_t searchable = 0;
    for (std::size_t q = 0; q < plan.queryIds.size(); ++q) {
        if (plan.queryRows[q] < 0)
            continue;
        if (plan.queryIds[q] == queryId)
            return searchable;
        ++searchable;
    }
    throw InputError("query '" + queryId + "' has no embedding in the evaluated split");
}

std::shared_ptr<const TradeoffContext>
contextOf(const ProjectSnapshot& project, std::shared_ptr<const Dataset> dataset, EvaluationInputs inputs)
{
    PreparedEvaluation prepared = prepareEvaluation(*dataset, inputs);
    auto context = std::make_shared<TradeoffContext>();
    context->dataset = std::move(dataset);
    context->plan = std::move(prepared.plan);
    context->queries = std::move(prepared.queries);
    context->corpus = std::move(inputs.corpusEmbeddings);
    context->scoring = inputs.scoring;
    context->scoring.spec.cutoffs = {project.settings.k};
    context->dataKey = dataKeyOf(project);
    context->ranker = std::make_shared<CellRanker>(context->corpus);
    return context;
}

} // namespace

std::shared_ptr<const TradeoffContext> loadTradeoffContext(const ProjectSnapshot& project,
                                                           const JobControl& job)
{
    job.report("load dataset", 0, 1);
    auto dataset = std::make_shared<const Dataset>(loadDataset(project.dataset));
    job.checkCancelled();
    EvaluationInputs inputs =
        evaluationInputsOf(*dataset, project.dataset, project.model, project.settings, job);
    return contextOf(project, std::move(dataset), std::move(inputs));
}

std::shared_ptr<const TradeoffContext> tradeoffContextFrom(const ProjectSnapshot& project,
                                                           const RankingContext& ranking)
{
    if (ranking.queries.empty() || !ranking.dataset)
        return nullptr;
    EvaluationInputs inputs = evaluationInputs(project.settings, project.dataset.split);
    inputs.corpusEmbeddings = ranking.corpus; // shared storage, not a copy
    inputs.queryEmbeddings = ranking.queries;
    return contextOf(project, ranking.dataset, std::move(inputs));
}

TradeoffReport computeTradeoffGrid(const TradeoffContext& context, TradeoffOptions options,
                                   const std::vector<CellMeasure>& storedCells, const JobControl& job)
{
    options.scoring = context.scoring;
    options.dataKey = context.dataKey;
    TradeoffCache cache;
    for (const auto& cell : storedCells)
        cache.store(cell.key, cell);
    return runTradeoffGrid(context.plan, context.queries, context.corpus, options, cache, job);
}

CellRanking rankQueryForCell(const TradeoffContext& context, const CellSpec& spec, std::size_t cell,
                             const std::string& queryId, std::size_t k)
{
    const auto row = searchableIndexOf(context.plan, queryId);
    const std::span<const float> query(context.queries.data() + row * context.queries.dim(),
                                       context.queries.dim());
    CellSpec referenceSpec;
    referenceSpec.dim = static_cast<int>(context.corpus.dim());
    CellRanking ranking;
    ranking.queryId = queryId;
    ranking.cell = cell;
    ranking.ranked = rankedDocs(context.ranker->rank(spec, query, k, context.plan.tieRanks));
    ranking.reference = rankedDocs(context.ranker->rank(referenceSpec, query, k, context.plan.tieRanks));
    for (const auto* list : {&ranking.ranked, &ranking.reference})
        for (const auto& doc : *list)
            ranking.products.emplace(doc.row, productRecordOf(*context.dataset, doc.row));
    return ranking;
}

} // namespace near2::session
