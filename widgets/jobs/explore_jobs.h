#pragma once
// The failure explorer's background work (issue 17), owned by the session: the catalog prepared once per
// project (lookups, the product finder), rank by dim for the selected query (an exact catalog scan where the
// stored lists do not reach), what the slider redraws (displacement, segment comparison, 2-D map), product
// search, and the run's metrics with the analyst's judgements. Each kind has its own runner: newest wins.
// Results carry what they were asked for, so a view can tell a stale one.
#include "core/explore/product_search.h"
#include "core/session/failure_explorer.h"
#include "core/store/project_data.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <memory>
#include <vector>

namespace near2::jobs {

// Rank by dim for one query.
struct RankByDimAnswer
{
    std::size_t query = 0;
    explore::RankByDim result;
};

// A product search: `query` is the selected query (or none for an ad-hoc query).
struct ProductSearchAnswer
{
    std::string text;
    explore::ProductSearch search;
    std::map<std::int32_t, ProductRecord> products; // every hit's record
};

// A run's metrics with the analyst's judgements merged in, as a snapshot the views can show.
struct AnalystMetrics
{
    std::shared_ptr<const ProjectSnapshot> snapshot; // the run's result replaced
    std::size_t applied = 0, conflicting = 0, unresolved = 0;
};

using Judgements = std::shared_ptr<const std::vector<AnalystJudgement>>;

class ExploreJobs final : public QObject
{
    Q_OBJECT
public:
    explicit ExploreJobs(QObject* parent = nullptr);

    // The project's loaded catalog (null: none, e.g. closed); prepares the explorer's lookups in a job.
    void setRankingContext(std::shared_ptr<const session::RankingContext> context);
    std::shared_ptr<const session::ExplorerCatalog> catalog() const { return m_catalog; }

    // `analyst` null: the dataset's labels alone.
    void rankByDim(std::shared_ptr<const ProjectSnapshot> snapshot, std::size_t query, Judgements analyst,
                   std::size_t k);
    void explain(std::shared_ptr<const ProjectSnapshot> snapshot, std::size_t query, Judgements analyst,
                 int dim, int referenceDim, std::size_t k, std::int32_t focus);
    // Finds `text` (an id or title words) among the products of `current` and `reference`, or in the whole
    // catalog (`inCatalog`), with each hit's rank in both listings and exactly beyond them from the query's
    // vector: the dataset query `queryId`'s, or `adhocText` encoded with the project's model.
    void search(const QString& text, bool inCatalog, explore::ListedRanking current,
                explore::ListedRanking reference, std::string queryId, std::string adhocText,
                std::shared_ptr<const ProjectSnapshot> snapshot);
    void evaluateWithAnalyst(std::shared_ptr<const ProjectSnapshot> snapshot, Judgements analyst);

    JobRunner* prepareJob() { return &m_prepareJob; }
    JobRunner* rankJob() { return &m_rankJob; }
    JobRunner* explainJob() { return &m_explainJob; }
    JobRunner* searchJob() { return &m_searchJob; }
    JobRunner* metricsJob() { return &m_metricsJob; }
    std::vector<JobRunner*> jobs()
    {
        return {&m_prepareJob, &m_rankJob, &m_explainJob, &m_searchJob, &m_metricsJob};
    }

Q_SIGNALS:
    void catalogReady();
    void rankedByDim(std::shared_ptr<const near2::jobs::RankByDimAnswer> answer);
    void explained(std::shared_ptr<const near2::session::QueryExplanation> explanation);
    void searched(std::shared_ptr<const near2::jobs::ProductSearchAnswer> answer);
    void metricsReady(std::shared_ptr<const near2::jobs::AnalystMetrics> metrics);
    void errorOccurred(const QString& message);

private:
    std::shared_ptr<const session::ExplorerCatalog> m_catalog;
    JobRunner m_prepareJob, m_rankJob, m_explainJob, m_searchJob, m_metricsJob;
};

} // namespace near2::jobs
