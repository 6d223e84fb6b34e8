#pragma once
// The trade-offs page's background work, owned by the session: computing the grid, which reuses the project's
// stored cells and stores the new grid through the session's writer, and one query's ranking from one cell.
// The jobs use the session's loaded catalog when it has one; otherwise the first job loads the project's
// catalog and embeddings, kept for the next ones.
#include "core/session/tradeoff_context.h"
#include "core/store/project_data.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <memory>
#include <vector>

namespace near2::jobs {

class ProjectSession;

class TradeoffJobs final : public QObject
{
    Q_OBJECT
public:
    explicit TradeoffJobs(ProjectSession* session);

    void computeGrid(const TradeoffOptions& options);
    void rankCell(std::size_t cell, const CellSpec& spec, const QString& queryId, int k);

    JobRunner* gridJob() { return &m_gridJob; }
    JobRunner* rankingJob() { return &m_rankingJob; }
    std::vector<JobRunner*> jobs() { return {&m_gridJob, &m_rankingJob}; }
    std::shared_ptr<const session::RankingContext> rankingContext() const { return m_ranking; }
    // What the last job worked on (null before the first).
    std::shared_ptr<const session::TradeoffContext> context() const { return m_context; }

    // The session's project (null: closed) and loaded catalog (null: none), set by the session.
    void setProject(std::shared_ptr<const ProjectSnapshot> snapshot);
    void setRankingContext(std::shared_ptr<const session::RankingContext> ranking);

Q_SIGNALS:
    void gridComputed(std::shared_ptr<const near2::TradeoffReport> report);
    void cellRanked(std::shared_ptr<const near2::session::CellRanking> ranking);
    void errorOccurred(const QString& message);

private:
    ProjectSession* m_session;
    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    std::shared_ptr<const session::TradeoffContext> m_context;
    std::shared_ptr<const session::RankingContext> m_ranking;
    JobRunner m_gridJob;
    JobRunner m_rankingJob;
};

} // namespace near2::jobs
