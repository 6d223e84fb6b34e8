#pragma once
// The page's background work (widgets/jobs style: progress, cancel, newest wins): computing the grid, which
// reuses and stores the project's cells, and one query's ranking from one cell. The jobs use the session's
// loaded catalog when it has one (setRankingContext); otherwise the first job loads the project's catalog
// and embeddings, kept for the next ones.
#include "core/session/tradeoff_context.h"
#include "core/store/project_data.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <filesystem>
#include <memory>

namespace near2::tradeoffs {

class TradeoffJobs final : public QObject
{
    Q_OBJECT
public:
    explicit TradeoffJobs(QObject* parent = nullptr);

    // Cancels running jobs and forgets the loaded catalog.
    void setProject(std::shared_ptr<const ProjectSnapshot> snapshot, const QString& projectFile);
    // The session's catalog, dataset and embeddings (null when none is loaded), shared instead of loaded
    // again.
    void setRankingContext(std::shared_ptr<const session::RankingContext> ranking);
    void computeGrid(const TradeoffOptions& options);
    void rankCell(std::size_t cell, const CellSpec& spec, const QString& queryId, int k);

    jobs::JobRunner* gridJob() { return &m_gridJob; }
    jobs::JobRunner* rankingJob() { return &m_rankingJob; }
    std::shared_ptr<const session::RankingContext> rankingContext() const { return m_ranking; }
    // What the last job worked on (null before the first).
    std::shared_ptr<const session::TradeoffContext> context() const { return m_context; }

Q_SIGNALS:
    void gridComputed(std::shared_ptr<const near2::TradeoffReport> report);
    void cellRanked(std::shared_ptr<const near2::session::CellRanking> ranking);
    void errorOccurred(const QString& message);

private:
    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    std::filesystem::path m_projectFile;
    std::shared_ptr<const session::TradeoffContext> m_context;
    std::shared_ptr<const session::RankingContext> m_ranking;
    jobs::JobRunner m_gridJob;
    jobs::JobRunner m_rankingJob;
};

} // namespace near2::tradeoffs
