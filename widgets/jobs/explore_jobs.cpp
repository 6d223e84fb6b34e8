#include "widgets/jobs/explore_jobs.h"

#include "core/explore/analyst_judgements.h"
#include "core/session/ranking_context.h"
#include "widgets/jobs/background_release.h"

#include <algorithm>
#include <optional>

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

void ExploreJobs::search(const QString& text, bool inCatalog, explore::ListedRanking current,
                         explore::ListedRanking reference, std::string queryId, std::string adhocText,
                         std::shared_ptr<const ProjectSnapshot> snapshot)
{
    m_searchJob.launch<ProductSearchAnswer>(
        tr("Finding “%1”").arg(text),
        [text = text.toStdString(), inCatalog, current = std::move(current), reference = std::move(reference),
         queryId = std::move(queryId), adhocText = std::move(adhocText), snapshot,
         catalog = m_catalog](const JobControl& job) {
            ProductSearchAnswer answer;
            answer.text = text;
            std::vector<float> vector;
            explore::ExactCatalog exact;
            if (catalog && adhocText.empty())
                exact = catalog->exactFor(queryId);
            else if (catalog && catalog->context->encodeQuery) {
                vector = catalog->context->encodeQuery(adhocText);
                exact = catalog->exactFor(vector);
            }
            const auto recordOf = [&](std::int32_t row) -> std::optional<ProductRecord> {
                if (catalog && row >= 0 &&
                    static_cast<std::size_t>(row) < catalog->context->dataset->corpus.size())
                    return session::productRecordOf(*catalog->context->dataset, row);
                if (const auto found = snapshot->products.find(row); found != snapshot->products.end())
                    return found->second;
                return std::nullopt;
            };
            explore::ProductFinder scoped;
            if (!inCatalog || !catalog) {
                std::vector<std::int32_t> rows;
                if (inCatalog)
                    for (const auto& entry : snapshot->products)
                        rows.push_back(entry.first);
                rows.insert(rows.end(), current.rows.begin(), current.rows.end());
                rows.insert(rows.end(), reference.rows.begin(), reference.rows.end());
                std::sort(rows.begin(), rows.end());
                rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
                std::vector<std::int32_t> known;
                std::vector<std::string> ids, titles;
                for (const auto row : rows)
                    if (const auto record = recordOf(row)) {
                        known.push_back(row);
                        ids.push_back(record->id);
                        titles.push_back(record->title);
                    }
                scoped = explore::ProductFinder(std::move(known), std::move(ids), titles);
            }
            answer.search = explore::searchProducts(inCatalog && catalog ? catalog->finder : scoped, text,
                                                    current, reference, exact, 20, job);
            for (const auto& hit : answer.search.hits)
                if (const auto record = recordOf(hit.row))
                    answer.products[hit.row] = *record;
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
            // The views keep the snapshot after the result is gone: it is released on the pool on its own.
            return AnalystMetrics{
                releasedInBackground(std::shared_ptr<const ProjectSnapshot>(std::move(withJudgements))),
                metrics.merge.applied.size(), metrics.merge.conflicting.size(),
                metrics.merge.unresolved.size()};
        },
        [this](std::shared_ptr<const AnalystMetrics> metrics) { Q_EMIT metricsReady(std::move(metrics)); });
}

} // namespace near2::jobs
