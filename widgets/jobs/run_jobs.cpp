#include "widgets/jobs/run_jobs.h"

#include "core/report/project_runs.h"
#include "core/session/project_builder.h"
#include "core/session/store_writer.h"
#include "core/store/project_store.h"
#include "widgets/jobs/project_session.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QStringList>
#include <QTimer>

namespace near2::jobs {

namespace {

QString nameOf(const RunHeader& run)
{
    return run.label.empty() ? RunJobs::tr("run %1").arg(run.id) : QString::fromStdString(run.label);
}

} // namespace

RunJobs::RunJobs(ProjectSession* session)
    : QObject(session), m_session(session), m_watcher(new QFileSystemWatcher(this)),
      m_relist(new QTimer(this))
{
    m_relist->setSingleShot(true);
    m_relist->setInterval(500);
    connect(m_relist, &QTimer::timeout, this, &RunJobs::listRuns);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_relist, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchProjectFiles();
        m_relist->start();
    });
    connect(session, &ProjectSession::projectOpened, this, &RunJobs::projectChanged);
    connect(session, &ProjectSession::runShown, this, &RunJobs::projectChanged);
    connect(session, &ProjectSession::projectClosed, this, [this] {
        m_relist->stop();
        m_listJob.cancel();
        const QStringList watched = m_watcher->files() + m_watcher->directories();
        if (!watched.isEmpty())
            m_watcher->removePaths(watched);
        m_known.clear();
        m_headers.clear();
        Q_EMIT headersChanged();
    });
}

void RunJobs::cancel()
{
    for (auto* job : jobs())
        job->cancel();
    m_listJob.cancel();
}

void RunJobs::projectChanged(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    watchProjectFiles();
    adoptHeaders(snapshot->runs);
}

void RunJobs::watchProjectFiles()
{
    // SQLite's WAL file takes the writes of other processes first, the main file only at checkpoints; the
    // folder tells when the WAL file appears (it may not exist yet when the project opens).
    const QFileInfo file(m_session->projectFile());
    const QStringList wanted{file.absoluteFilePath(), file.absoluteFilePath() + QStringLiteral("-wal"),
                             file.absolutePath()};
    QStringList missing;
    for (const auto& path : wanted)
        if (!m_watcher->files().contains(path) && !m_watcher->directories().contains(path))
            missing << path;
    if (!missing.isEmpty())
        m_watcher->addPaths(missing); // a path that does not exist yet is left out, and tried again later
}

void RunJobs::adoptHeaders(const std::vector<RunHeader>& headers)
{
    QStringList elsewhere;
    const bool first = m_known.empty();
    for (const auto& run : headers)
        if (m_known.insert(run.id).second && !first)
            elsewhere << nameOf(run);
    m_headers = headers;
    Q_EMIT headersChanged();
    if (!elsewhere.isEmpty())
        Q_EMIT runsAddedElsewhere(elsewhere);
}

void RunJobs::listRuns()
{
    auto* writer = m_session->writer();
    if (!writer)
        return;
    auto headers =
        writer->call<std::vector<RunHeader>>([](ProjectStore& store) { return store.runHeaders(); }).share();
    m_listJob.launch<std::vector<RunHeader>>(
        tr("Reading the project's runs"), [headers](const JobControl&) { return headers.get(); },
        [this](std::shared_ptr<const std::vector<RunHeader>> runs) { adoptHeaders(*runs); });
}

void RunJobs::loadRuns(std::int64_t shownRunId)
{
    if (!m_session->isOpen())
        return;
    const std::filesystem::path file = m_session->projectFile().toStdString();
    // Read on the writer's thread: after every change queued before (a dim just added to every run).
    auto complete = m_session->writer()
                        ->call<std::vector<StoredRun>>(
                            [file, shownRunId](ProjectStore&) { return loadCompleteRuns(file, shownRunId); })
                        .share();
    m_loadJob.launch<std::vector<StoredRun>>(
        tr("Loading the project's runs"), [complete](const JobControl&) { return complete.get(); },
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
        [this](std::shared_ptr<const Provenance> provenance) {
            Q_EMIT provenanceLoaded(std::move(provenance));
        });
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

void RunJobs::show(std::int64_t id)
{
    auto* writer = m_session->writer();
    if (!writer)
        return;
    // Through the writer: after every change queued before (a rename, a deletion, a saved view state).
    auto snapshot =
        writer->call<ProjectSnapshot>([id](ProjectStore& store) { return store.load(id); }).share();
    m_showJob.launch<ProjectSnapshot>(
        tr("Showing run %1").arg(id), [snapshot](const JobControl&) { return snapshot.get(); },
        [this](std::shared_ptr<const ProjectSnapshot> shown) {
            m_session->showRunSnapshot(std::move(shown));
        });
}

void RunJobs::rename(std::int64_t id, const QString& label)
{
    auto* writer = m_session->writer();
    if (!writer)
        return;
    writer->post(
        [id, label = label.trimmed().toStdString()](ProjectStore& store) { store.renameRun(id, label); });
    if (const auto snapshot = m_session->snapshot(); snapshot && snapshot->latestRun)
        show(snapshot->latestRun->id); // every list and the comparison take the new name
}

void RunJobs::remove(std::int64_t id)
{
    auto* writer = m_session->writer();
    const auto snapshot = m_session->snapshot();
    if (!writer || !snapshot || !snapshot->latestRun)
        return;
    writer->post([id](ProjectStore& store) { store.deleteRun(id); });
    const std::int64_t shown = snapshot->latestRun->id;
    if (shown != id) {
        show(shown); // the comparison and the lists drop the deleted run
        return;
    }
    for (auto run = m_headers.rbegin(); run != m_headers.rend(); ++run)
        if (run->id != id) {
            show(run->id);
            return;
        }
}

void RunJobs::add(const ModelSource& model, const QString& label)
{
    const auto snapshot = m_session->snapshot();
    if (!snapshot || !m_session->isOpen())
        return;
    session::ProjectSetup setup;
    setup.projectFile = m_session->projectFile().toStdString();
    setup.dataset = snapshot->dataset;
    setup.model = model;
    setup.settings = snapshot->settings;
    setup.runLabel = label.trimmed().toStdString();
    m_addJob.launch<std::int64_t>(
        tr("Adding run “%1”").arg(label),
        [setup](const JobControl& job) { return addEvaluationRun(setup, job); },
        [this, label](std::shared_ptr<const std::int64_t> id) {
            m_known.insert(*id); // added here: not announced as coming from elsewhere
            Q_EMIT runAdded(label);
            if (const auto shown = m_session->snapshot(); shown && shown->latestRun)
                show(shown->latestRun->id); // the lists and the comparison take the new run in
        });
}

} // namespace near2::jobs
