#pragma once
// The run comparison's background work, owned by the session: reading the open project's complete runs, and
// the paired tests between two of them (newest request wins in each).
#include "core/report/run_comparison.h"
#include "core/store/project_data.h"
#include "core/store/run_provenance.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <map>
#include <memory>
#include <vector>

namespace near2::jobs {

class ProjectSession;

class RunJobs final : public QObject
{
    Q_OBJECT
public:
    explicit RunJobs(ProjectSession* session);

    // The open project's complete runs other than `shownRunId` (the shown one comes from the snapshot).
    void loadRuns(std::int64_t shownRunId);
    void compare(std::shared_ptr<const StoredRun> a, std::shared_ptr<const StoredRun> b);
    void cancel();

    JobRunner* loadJob() { return &m_loadJob; }
    JobRunner* compareJob() { return &m_compareJob; }
    std::vector<JobRunner*> jobs() { return {&m_loadJob, &m_compareJob, &m_provenanceJob}; }

Q_SIGNALS:
    void runsLoaded(std::shared_ptr<const std::vector<near2::StoredRun>> runs);
    // Every run's own provenance (issue 16), by run id, read with the runs.
    void provenanceLoaded(std::shared_ptr<const std::map<std::int64_t, near2::RunProvenance>> provenance);
    void compared(std::shared_ptr<const near2::StoredRun> a, std::shared_ptr<const near2::StoredRun> b,
                  std::shared_ptr<const near2::RunComparison> comparison);

private:
    ProjectSession* m_session;
    JobRunner m_loadJob;
    JobRunner m_provenanceJob;
    JobRunner m_compareJob;
};

} // namespace near2::jobs
