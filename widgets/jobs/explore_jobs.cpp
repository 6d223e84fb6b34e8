#include "widgets/jobs/explore_jobs.h"

#include "core/explore/analyst_judgements.h"
#include "core/session/ranking_context.h"

namespace near2::jobs {

ExploreJobs::ExploreJobs(QObject* parent) : QObject(parent)
{
    for (auto* job : jobs())
        connect(job, &JobRunner::failed, this, &ExploreJobs::errorOccurred);
}

void ExploreJobs::setRankingContext(std::shared_ptr<const session::RankingContext> context)
{
    m_catalog.reset();
    for (auto* job : jobs())
        job->cancel();
    if (!context)
        return;
    m_prepareJob.launch<std::shared_ptr<const session::ExplorerCatalog>>(
        tr("Indexing the catalog for the failure explorer"),
        [context](const JobControl& job) { return session::prepareExplorer(context, job); },
        [this](std::shared_ptr<const std::shared_ptr<const session::ExplorerCatalog>> catalog) {
            m_catalog = *catalog;
            Q_EMIT catalogReady();
        });
}

void ExploreJobs::rankByDim(std::shared_ptr<const ProjectSnapshot> snapshot, std::size_t query,
                            Judgements analyst, std::size_t k)
{
    if (!snapshot || !snapshot->latestRun || query >= snapshot->queries.size())
        return;
    m_rankJob.launch<RankByDimAnswer>(
        tr("Ranking the relevant products at every dim"),
        [snapshot, query, analyst, k, catalog = m_catalog](const JobControl& job) {
            const auto labels = session::explorerLabels(*snapshot, query, analyst.get(), catalog.get());
            return RankByDimAnswer{query,
                                   session::rankByDimOf(*snapshot, query, labels, k, catalog.get(), job)};
        },
        [this](std::shared_ptr<const RankByDimAnswer> answer) { Q_EMIT rankedByDim(std::move(answer)); });
}

void ExploreJobs::explain(std::shared_ptr<const ProjectSnapshot> snapshot, std::size_t query,
                          Judgements analyst, int dim, int referenceDim, std::size_t k, std::int32_t focus)
{
    if (!snapshot || !snapshot->latestRun || query >= snapshot->queries.size())
        return;
    m_explainJob.launch<session::QueryExplanation>(
        tr("Explaining the ranking at %n dims", nullptr, dim),
        [snapshot, query, analyst, dim, referenceDim, k, focus, catalog = m_catalog](const JobControl&) {
            const auto labels = session::explorerLabels(*snapshot, query, analyst.get(), catalog.get());
            return session::explainQuery(*snapshot, query, labels, dim, referenceDim, k, focus,
                                         catalog.get());
        },
        [this](std::shared_ptr<const session::QueryExplanation> explanation) {
            Q_EMIT explained(std::move(explanation));
        });
}

void ExploreJobs::search(const QString& text, explore::ListedRanking current,
                         explore::ListedRanking reference, std::string queryId,
                         std::vector<float> queryVector, std::shared_ptr<const ProjectSnapshot> snapshot)
{
    m_searchJob.launch<ProductSearchAnswer>(
        tr("Finding “%1”").arg(text),
        [text = text.toStdString(), current = std::move(current), reference = std::move(reference),
         queryId = std::move(queryId), queryVector = std::move(queryVector), snapshot,
         catalog = m_catalog](const JobControl& job) {
            ProductSearchAnswer answer;
            answer.text = text;
            explore::ExactCatalog exact;
            if (catalog)
                exact = queryVector.empty() ? catalog->exactFor(queryId) : catalog->exactFor(queryVector);
            const auto localFinder = catalog || !snapshot
                                         ? explore::ProductFinder()
                                         : explore::ProductFinder::ofProducts(snapshot->products);
            answer.search = explore::searchProducts(catalog ? catalog->finder : localFinder, text, current,
                                                    reference, exact, 20, job);
            for (const auto& hit : answer.search.hits) {
                if (catalog)
                    answer.products[hit.row] = session::productRecordOf(*catalog->context->dataset, hit.row);
                else if (const auto found = snapshot->products.find(hit.row);
                         found != snapshot->products.end())
                    answer.products[hit.row] = found->second;
            }
            return answer;
        },
        [this](std::shared_ptr<const ProductSearchAnswer> answer) { Q_EMIT searched(std::move(answer)); });
}

void ExploreJobs::evaluateWithAnalyst(std::shared_ptr<const ProjectSnapshot> snapshot, Judgements analyst)
{
    if (!snapshot || !snapshot->latestRun)
        return;
    if (!m_catalog) {
        Q_EMIT errorOccurred(
            tr("Metrics with analyst judgements need the dataset, which is not loaded yet."));
        return;
    }
    m_metricsJob.launch<AnalystMetrics>(
        tr("Scoring the run with the analyst's judgements"),
        [snapshot, analyst, catalog = m_catalog](const JobControl& job) {
            auto withJudgements = std::make_shared<ProjectSnapshot>(*snapshot);
            withJudgements->analystJudgements = analyst ? *analyst : std::vector<AnalystJudgement>{};
            job.checkCancelled();
            auto metrics = explore::evaluateStoredRun(*catalog->context->dataset, *withJudgements,
                                                      *withJudgements->latestRun,
                                                      explore::Judgements::DatasetAndAnalyst);
            withJudgements->latestRun->result = std::move(metrics.result);
            return AnalystMetrics{std::move(withJudgements), metrics.merge.applied.size(),
                                  metrics.merge.conflicting.size(), metrics.merge.unresolved.size()};
        },
        [this](std::shared_ptr<const AnalystMetrics> metrics) { Q_EMIT metricsReady(std::move(metrics)); });
}

} // namespace near2::jobs
