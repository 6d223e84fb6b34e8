#include "core/session/failure_explorer.h"

#include "core/explore/analyst_judgements.h"
#include "core/util/error.h"

#include <algorithm>

namespace near2::session {

namespace {

std::vector<float> catalogRow(const EmbeddingMatrix& corpus, std::int32_t row)
{
    std::vector<float> values(corpus.dim());
    corpus.copyFloatRows(static_cast<std::size_t>(row), 1, values.data());
    return values;
}

bool hasEmbeddings(const ExplorerCatalog* catalog)
{
    return catalog && catalog->context && !catalog->context->corpus.empty();
}

} // namespace

ExplorerCatalog::ExplorerCatalog(std::shared_ptr<const RankingContext> loaded, bool withFinder)
    : context(std::move(loaded)), queryIndex(context->dataset->queries),
      productIndex(context->dataset->corpus),
      finder(withFinder ? explore::ProductFinder::ofCatalog(context->dataset->corpus)
                        : explore::ProductFinder())
{
}

explore::ExactCatalog ExplorerCatalog::exactFor(const std::string& queryId) const
{
    const long row = queryIndex.find(queryId);
    if (row < 0 || static_cast<std::size_t>(row) >= context->queries.rows())
        return {};
    return exactFor(context->queries.row(static_cast<std::size_t>(row)));
}

explore::ExactCatalog ExplorerCatalog::exactFor(std::span<const float> vector) const
{
    if (context->corpus.empty() || vector.size() != context->corpus.dim())
        return {};
    explore::ExactCatalog exact;
    exact.corpus = &context->corpus;
    exact.query = vector;
    if (context->tieRanks.size() == context->corpus.rows())
        exact.tieRanks = context->tieRanks;
    return exact;
}

std::shared_ptr<const ExplorerCatalog> prepareExplorer(std::shared_ptr<const RankingContext> context,
                                                       const JobControl& job)
{
    job.checkCancelled();
    if (!context || !context->dataset)
        return nullptr;
    return std::make_shared<const ExplorerCatalog>(std::move(context));
}

explore::QueryLabels explorerLabels(const ProjectSnapshot& snapshot, std::size_t query,
                                    const std::vector<AnalystJudgement>* analyst,
                                    const ExplorerCatalog* catalog)
{
    if (!analyst)
        return explore::datasetLabelsOf(snapshot, query);
    return explore::labelsWithAnalyst(snapshot, query, *analyst, [&](const std::string& productId) -> long {
        if (catalog)
            return catalog->productIndex.find(productId);
        for (const auto& [row, product] : snapshot.products)
            if (product.id == productId)
                return row;
        return -1;
    });
}

explore::RankByDim rankByDimOf(const ProjectSnapshot& snapshot, std::size_t query,
                               const explore::QueryLabels& labels, std::size_t k,
                               const ExplorerCatalog* catalog, const JobControl& job)
{
    const auto& run = *snapshot.latestRun;
    const auto listings = explore::listingsOf(run.rankings, query);
    const auto exact =
        hasEmbeddings(catalog) ? catalog->exactFor(snapshot.queries.at(query).id) : explore::ExactCatalog{};
    return explore::rankByDim(labels, listings, run.rankings.dims, k, exact, job);
}

QueryExplanation explainQuery(const ProjectSnapshot& snapshot, std::size_t query,
                              const explore::QueryLabels& labels, int dim, int referenceDim, std::size_t k,
                              std::int32_t focus, const ExplorerCatalog* catalog)
{
    QueryExplanation explanation;
    explanation.query = query;
    explanation.dim = dim;
    explanation.referenceDim = referenceDim;
    const auto& run = *snapshot.latestRun;
    const auto listings = explore::listingsOf(run.rankings, query);
    const auto* current = explore::listingAt(listings, dim);
    const auto* reference = explore::listingAt(listings, referenceDim);
    if (!current || !reference)
        return explanation;
    const auto exact =
        hasEmbeddings(catalog) ? catalog->exactFor(snapshot.queries.at(query).id) : explore::ExactCatalog{};
    explanation.displacements = explore::findDisplacements(labels, *current, *reference, k, exact);

    const explore::Displacement* charted = nullptr;
    for (const auto& entry : explanation.displacements)
        if (entry.relevantRow == focus)
            charted = &entry;
    for (const bool displacedOnly : {true, false})
        for (const auto& entry : explanation.displacements)
            if (!charted && (displacedOnly ? entry.displacer >= 0 : entry.nearestRival >= 0))
                charted = &entry;
    if (charted) {
        explanation.relevantRow = charted->relevantRow;
        explanation.otherDisplaced = charted->displacer >= 0;
        explanation.otherRow = explanation.otherDisplaced ? charted->displacer : charted->nearestRival;
    }
    if (!exact.available())
        return explanation;
    const auto& corpus = catalog->context->corpus;
    if (explanation.relevantRow >= 0 && explanation.otherRow >= 0) {
        explanation.segments =
            explore::compareBySegment(exact.query, catalogRow(corpus, explanation.relevantRow),
                                      catalogRow(corpus, explanation.otherRow), run.rankings.dims);
        const auto& dims = explanation.segments->relevant.dims;
        explanation.segmentDimIndex =
            static_cast<std::size_t>(std::find(dims.begin(), dims.end(), dim) - dims.begin());
    }
    explore::QueryMapRequest request;
    request.corpus = &corpus;
    request.query = exact.query;
    request.dim = dim;
    request.k = k;
    request.current = current;
    request.reference = reference;
    request.labels = &labels;
    explanation.map = explore::buildQueryMap(request);
    return explanation;
}

AnalystQrelsExport exportAnalystQrelsOf(const ProjectSnapshot& snapshot, const Dataset& dataset,
                                        const std::vector<AnalystJudgement>& judgements,
                                        const std::filesystem::path& file)
{
    if (!snapshot.latestRun)
        throw InputError("the project has no evaluation run: the analyst's judgements are merged for a run");
    ProjectSnapshot withJudgements = snapshot;
    withJudgements.analystJudgements = judgements;
    const auto metrics = explore::evaluateStoredRun(dataset, withJudgements, *withJudgements.latestRun,
                                                    explore::Judgements::DatasetAndAnalyst);
    explore::exportAnalystQrels(file, metrics.merge.applied);
    return {metrics.merge.applied.size(), metrics.merge.conflicting.size(), metrics.merge.unresolved.size()};
}

} // namespace near2::session
