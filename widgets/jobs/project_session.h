#pragma once
// The open project on the GUI side, and the one place the workbench starts background work: it opens, builds
// or reopens projects, answers ad-hoc queries and evaluates dims typed in through the core's session layer
// (core/session/), and owns the other job groups (trade-offs, runs, exports, file previews). The views get
// immutable snapshots (std::shared_ptr<const ProjectSnapshot>). Every write to the project goes to one
// ordered writer thread (core/session/store_writer.h), so the GUI thread does no file or database I/O.
// Closing cancels every job of the session (none delivers afterwards) and flushes the writer with a bounded
// wait.
#include "core/session/project_builder.h"
#include "core/session/ranking_context.h"
#include "core/store/project_data.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <vector>

namespace near2::session {
class StoreWriter;
}

namespace near2::jobs {

class ExploreJobs;
class ExportJobs;
class FilePreviews;
class RunJobs;
class TradeoffJobs;

class ProjectSession final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    // Who tells the user that a build failed: errorOccurred, or the caller watching projectJob() (the
    // wizard).
    enum ErrorReporting { ErrorsShownBySession, ErrorsShownByCaller };

    void openProject(const QString& file);
    void createProject(const session::ProjectSetup& setup, ErrorReporting errors = ErrorsShownBySession);
    void openDemo(const QString& cacheDir);
    // Points the open project's dataset path `index` at `path` (after datasetMissing) and reloads it.
    void relocateDataset(int index, const QString& path);
    void close();
    bool isOpen() const { return m_writer != nullptr; }
    QString projectFile() const;
    std::shared_ptr<const ProjectSnapshot> snapshot() const { return m_snapshot; }
    // The open project's loaded catalog, dataset and embeddings (null until loaded).
    std::shared_ptr<const session::RankingContext> rankingContext() const { return m_context; }

    // The same project showing another of its runs (RunJobs::show reads it): views keep their place.
    void showRunSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot);

    void rankAdhoc(const QString& text, int dim, int referenceDim, int k);
    // Evaluates every query at `dim` in the background for every run of the project that lacks it (each with
    // its own model: core/session/dim_for_every_run.h), once the catalog is loaded; newest request wins.
    // Delivers the snapshot extended by that dim through dimEvaluated, stores the dim into every run, and
    // names runs whose model is not recorded through errorOccurred.
    void evaluateDim(int dim);

    // Queued to the writer; a failure comes back through errorOccurred. Annotations are saved per query
    // (a newer one replaces one still queued); the view state only when it differs from the last saved or
    // shown.
    void saveAnnotation(const QString& queryId, const Annotation& annotation);
    void saveTags(const std::vector<std::string>& tags);
    void saveSliceRules(const std::vector<SliceRule>& rules);
    void saveViewState(const std::map<std::string, std::string>& state);
    // An analyst judgement (issue 17), into the project's own table (a newer one of the pair replaces it).
    void saveAnalystJudgement(const AnalystJudgement& judgement);
    // The view state the project opened with, as the views show it: no write unless it changes afterwards.
    void viewStateShown(const std::map<std::string, std::string>& state);
    // Waits up to `timeout` for the queued writes (tests, and close()); false when they did not all run.
    bool flushWrites(std::chrono::milliseconds timeout);
    // The open project's writer (null when none is open): jobs that read or write the project go through it.
    session::StoreWriter* writer() const { return m_writer.get(); }

    JobRunner* projectJob() { return &m_projectJob; } // open / build / demo / relocate
    JobRunner* contextJob() { return &m_contextJob; }
    JobRunner* adhocJob() { return &m_adhocJob; }
    JobRunner* dimJob() { return &m_dimJob; }
    TradeoffJobs* tradeoffs() const { return m_tradeoffs; }
    RunJobs* runs() const { return m_runs; }
    ExportJobs* exports() const { return m_exports; }
    ExploreJobs* explore() const { return m_explore; }
    FilePreviews* previews() const { return m_previews; }
    // Every runner of the session (the status bar tracks them; close() cancels them).
    std::vector<JobRunner*> jobs() const;

Q_SIGNALS:
    void projectOpened(std::shared_ptr<const near2::ProjectSnapshot> snapshot);
    // `replaced`: another project is opened in the same step (projectOpened follows at once), so views may
    // keep what they show until then instead of resetting to empty first.
    void projectClosed(bool replaced);
    void runShown(std::shared_ptr<const near2::ProjectSnapshot> snapshot);
    void adhocRanked(std::shared_ptr<const near2::session::AdhocRanking> ranking);
    void dimEvaluated(std::shared_ptr<const near2::ProjectSnapshot> snapshot, int dim);
    // The open project's catalog, dataset and embeddings are loaded (null: the project was closed).
    void rankingContextChanged(std::shared_ptr<const near2::session::RankingContext> context);
    void errorOccurred(const QString& message);
    // The open project's dataset path `index` (a folder for BEIR, else a file) no longer exists; the views
    // still show the stored results, ad-hoc queries wait until relocateDataset().
    void datasetMissing(int index, const QString& path, bool isFolder);

private:
    void closeProject(bool replaced);
    void adopt(const std::filesystem::path& file, std::shared_ptr<const session::OpenedProject> opened);
    void launchOpen(const QString& what, std::function<session::OpenedProject(const JobControl&)> work,
                    std::filesystem::path file, ErrorReporting errors = ErrorsShownBySession);
    void post(std::function<void(ProjectStore&)> write, std::string key = {});

    std::unique_ptr<session::StoreWriter> m_writer;
    std::shared_ptr<DeliveryTarget> m_target = std::make_shared<DeliveryTarget>(this);
    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    std::shared_ptr<const session::RankingContext> m_context;
    std::map<std::string, std::string> m_viewState; // as last saved or shown
    JobRunner m_projectJob;
    JobRunner m_contextJob;
    JobRunner m_adhocJob;
    JobRunner m_dimJob;
    TradeoffJobs* m_tradeoffs;
    RunJobs* m_runs;
    ExportJobs* m_exports;
    ExploreJobs* m_explore;
    FilePreviews* m_previews;
    int m_pendingDim = 0;                                  // requested before the catalog was loaded
    ErrorReporting m_projectErrors = ErrorsShownBySession; // of the running open / build
};

} // namespace near2::jobs
