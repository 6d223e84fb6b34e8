#include "widgets/jobs/tradeoff_jobs.h"

#include "core/session/store_writer.h"
#include "core/store/project_store.h"
#include "widgets/jobs/background_release.h"
#include "widgets/jobs/project_session.h"

#include <future>

namespace near2::jobs {

namespace {

using ContextPtr = std::shared_ptr<const session::TradeoffContext>;

template <typename T> struct WithContext
{
    ContextPtr context; // loaded by this job when it had none
    T value;
};

ContextPtr contextFor(ContextPtr known, const std::shared_ptr<const session::RankingContext>& ranking,
                      const ProjectSnapshot& snapshot, const JobControl& job)
{
    if (known)
        return known;
    // A context made here (its corpus matrix, its ranker) is kept by the page beyond this job's result, so it
    // is released on the pool on its own; one already known was wrapped when it was made.
    if (ranking)
        if (auto shared = session::tradeoffContextFrom(snapshot, *ranking))
            return releasedInBackground(std::move(shared));
    return releasedInBackground(ContextPtr(session::loadTradeoffContext(snapshot, job)));
}

} // namespace

TradeoffJobs::TradeoffJobs(ProjectSession* session) : QObject(session), m_session(session)
{
    for (auto* job : jobs())
        connect(job, &JobRunner::failed, this, &TradeoffJobs::errorOccurred);
}

void TradeoffJobs::setProject(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    m_gridJob.cancel();
    m_rankingJob.cancel();
    m_snapshot = std::move(snapshot);
    m_context.reset();
}

void TradeoffJobs::setRankingContext(std::shared_ptr<const session::RankingContext> ranking)
{
    m_ranking = std::move(ranking);
    m_context.reset(); // derived from the old catalog, or loaded while the session had none
}

void TradeoffJobs::computeGrid(const TradeoffOptions& options)
{
    auto* writer = m_session->writer();
    if (!m_snapshot || !writer)
        return;
    // Read by the writer after every change queued before; the job waits for it on its worker.
    std::shared_future<std::vector<CellMeasure>> stored =
        writer
            ->call<std::vector<CellMeasure>>([](ProjectStore& store) { return store.storedTradeoffCells(); })
            .share();
    using Result = WithContext<TradeoffReport>;
    m_gridJob.launch<Result>(
        tr("Computing the trade-off grid"),
        [snapshot = m_snapshot, context = m_context, ranking = m_ranking, stored,
         options](const JobControl& job) {
            Result result{contextFor(context, ranking, *snapshot, job), {}};
            result.value = session::computeTradeoffGrid(*result.context, options, stored.get(), job);
            return result;
        },
        [this](std::shared_ptr<const Result> result) {
            m_context = result->context;
            const std::shared_ptr<const TradeoffReport> report(result, &result->value);
            if (auto* open = m_session->writer())
                open->post([report](ProjectStore& store) { store.saveTradeoffs(*report); });
            Q_EMIT gridComputed(report);
        });
}

void TradeoffJobs::rankCell(std::size_t cell, const CellSpec& spec, const QString& queryId, int k)
{
    if (!m_snapshot)
        return;
    using Result = WithContext<session::CellRanking>;
    m_rankingJob.launch<Result>(
        tr("Ranking the query with one trade-off cell"),
        [snapshot = m_snapshot, context = m_context, ranking = m_ranking, cell, spec,
         id = queryId.toStdString(), k](const JobControl& job) {
            Result result{contextFor(context, ranking, *snapshot, job), {}};
            result.value =
                session::rankQueryForCell(*result.context, spec, cell, id, static_cast<std::size_t>(k));
            return result;
        },
        [this](std::shared_ptr<const Result> result) {
            m_context = result->context;
            Q_EMIT cellRanked(std::shared_ptr<const session::CellRanking>(result, &result->value));
        });
}

} // namespace near2::jobs
