#pragma once
// The open project's runs, managed in the background (owned by the session): the list of runs, the run the
// views show, renaming, deleting and adding runs, reading the complete runs the comparison needs and the
// paired tests between two of them (newest request wins in each). Runs that another process adds to the
// project file while it is open are announced (runsAddedElsewhere), never switched to.
#include "core/report/run_comparison.h"
#include "core/store/project_data.h"
#include "core/store/run_provenance.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <map>
#include <memory>
#include <set>
#include <vector>

class QFileSystemWatcher;
class QTimer;

namespace near2::jobs {

class ProjectSession;

class RunJobs final : public QObject
{
    Q_OBJECT
public:
    explicit RunJobs(ProjectSession* session);

    // Every run of the open project, oldest first (empty when none is open).
    const std::vector<RunHeader>& headers() const { return m_headers; }

    // The open project's complete runs other than `shownRunId` (the shown one comes from the snapshot).
    void loadRuns(std::int64_t shownRunId);
    void compare(std::shared_ptr<const StoredRun> a, std::shared_ptr<const StoredRun> b);
    // Reads run `id` and has the session show it (its views keep their dims and query where they can).
    void show(std::int64_t id);
    void rename(std::int64_t id, const QString& label);
    // Deleting the shown run shows the newest of the others; the project's only run cannot be deleted.
    void remove(std::int64_t id);
    // Evaluates the project's dataset with `model` (a bundle or Hugging Face folder, or embedding files)
    // and stores it as a new run labelled `label`; the views keep showing their run.
    void add(const ModelSource& model, const QString& label);
    void cancel();

    JobRunner* loadJob() { return &m_loadJob; }
    JobRunner* compareJob() { return &m_compareJob; }
    JobRunner* showJob() { return &m_showJob; }
    JobRunner* addJob() { return &m_addJob; }
    // The jobs the status bar shows (re-reading the list after the file changed is silent).
    std::vector<JobRunner*> jobs() { return {&m_loadJob, &m_compareJob, &m_provenanceJob, &m_showJob, &m_addJob}; }

Q_SIGNALS:
    void runsLoaded(std::shared_ptr<const std::vector<near2::StoredRun>> runs);
    // Every run's own provenance (issue 16), by run id, read with the runs.
    void provenanceLoaded(std::shared_ptr<const std::map<std::int64_t, near2::RunProvenance>> provenance);
    void compared(std::shared_ptr<const near2::StoredRun> a, std::shared_ptr<const near2::StoredRun> b,
                  std::shared_ptr<const near2::RunComparison> comparison);
    void headersChanged();
    void runAdded(const QString& label);
    void runsAddedElsewhere(const QStringList& labels);

private:
    void projectChanged(std::shared_ptr<const ProjectSnapshot> snapshot);
    void watchProjectFiles();
    void listRuns(); // reads the headers again (after a change here, or the file changed)
    void adoptHeaders(const std::vector<RunHeader>& headers);

    ProjectSession* m_session;
    JobRunner m_loadJob;
    JobRunner m_provenanceJob;
    JobRunner m_compareJob;
    JobRunner m_showJob;
    JobRunner m_addJob;
    JobRunner m_listJob;
    std::vector<RunHeader> m_headers;
    std::set<std::int64_t> m_known; // runs shown, listed or added here: anything else came from elsewhere
    QFileSystemWatcher* m_watcher;
    QTimer* m_relist; // the file changes in bursts: one read after them
};

} // namespace near2::jobs
