#include "widgets/jobs/run_jobs.h"

#include "core/report/project_runs.h"
#include "core/store/project_store.h"
#include "widgets/jobs/project_session.h"

namespace near2::jobs {

RunJobs::RunJobs(ProjectSession* session) : QObject(session), m_session(session) {}

void RunJobs::cancel()
{
    m_loadJob.cancel();
    m_compareJob.cancel();
    m_provenanceJob.cancel();
}

void RunJobs::loadRuns(std::int64_t shownRunId)
{
    if (!m_session->isOpen())
        return;
    const std::filesystem::path file = m_session->projectFile().toStdString();
    m_loadJob.launch<std::vector<StoredRun>>(
        tr("Loading the project's runs"),
        [file, shownRunId](const JobControl&) { return loadCompleteRuns(file, shownRunId); },
        [this](std::shared_ptr<const std::vector<StoredRun>> runs) { Q_EMIT runsLoaded(std::move(runs)); });
    using Provenance = std::map<std::int64_t, RunProvenance>;
    m_provenanceJob.launch<Provenance>(
        tr("Reading the runs' models"),
        [file](const JobControl&) {
            const ProjectStore store(file, ProjectAccess::ReadOnly);
            Provenance provenance;
            for (const std::int64_t id : store.runIds())
                if (auto recorded = store.runProvenance(id))
                    provenance.emplace(id, std::move(*recorded));
            return provenance;
        },
        [this](std::shared_ptr<const Provenance> provenance) { Q_EMIT provenanceLoaded(std::move(provenance)); });
}

void RunJobs::compare(std::shared_ptr<const StoredRun> a, std::shared_ptr<const StoredRun> b)
{
    m_compareJob.launch<RunComparison>(
        tr("Comparing %1 with %2")
            .arg(QString::fromStdString(runName(*a)), QString::fromStdString(runName(*b))),
        [a, b](const JobControl&) { return compareRuns(*a, *b); },
        [this, a, b](std::shared_ptr<const RunComparison> comparison) {
            Q_EMIT compared(a, b, std::move(comparison));
        });
}

} // namespace near2::jobs
