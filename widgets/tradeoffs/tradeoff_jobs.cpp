#include "widgets/tradeoffs/tradeoff_jobs.h"

#include "core/store/project_store.h"

namespace near2::tradeoffs {

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
    if (ranking)
        if (auto shared = session::tradeoffContextFrom(snapshot, *ranking))
            return shared;
    return session::loadTradeoffContext(snapshot, job);
}

} // namespace

TradeoffJobs::TradeoffJobs(QObject* parent) : QObject(parent)
{
    for (auto* job : {&m_gridJob, &m_rankingJob})
        connect(job, &jobs::JobRunner::failed, this, &TradeoffJobs::errorOccurred);
}

void TradeoffJobs::setProject(std::shared_ptr<const ProjectSnapshot> snapshot, const QString& projectFile)
{
    m_gridJob.cancel();
    m_rankingJob.cancel();
    m_snapshot = std::move(snapshot);
    m_projectFile = projectFile.toStdString();
    m_context.reset();
}

void TradeoffJobs::setRankingContext(std::shared_ptr<const session::RankingContext> ranking)
{
    m_ranking = std::move(ranking);
    m_context.reset(); // derived from the old catalog, or loaded while the session had none
}

void TradeoffJobs::computeGrid(const TradeoffOptions& options)
{
    if (!m_snapshot)
        return;
    using Result = WithContext<TradeoffReport>;
    m_gridJob.launch<Result>(
        tr("Computing the trade-off grid"),
        [snapshot = m_snapshot, context = m_context, ranking = m_ranking, file = m_projectFile,
         options](const JobControl& job) {
            Result result{contextFor(context, ranking, *snapshot, job), {}};
            ProjectStore store(file);
            result.value =
                session::computeTradeoffGrid(*result.context, options, store.storedTradeoffCells(), job);
            store.saveTradeoffs(result.value);
            return result;
        },
        [this](std::shared_ptr<const Result> result) {
            m_context = result->context;
            Q_EMIT gridComputed(std::shared_ptr<const TradeoffReport>(result, &result->value));
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

} // namespace near2::tradeoffs
