#include "widgets/jobs/project_session.h"

#include "core/session/dim_for_every_run.h"
#include "core/session/store_writer.h"
#include "core/store/project_store.h"
#include "core/util/error.h"
#include "widgets/jobs/explore_jobs.h"
#include "widgets/jobs/export_jobs.h"
#include "widgets/jobs/file_previews.h"
#include "widgets/jobs/run_jobs.h"
#include "widgets/jobs/tradeoff_jobs.h"

#include <future>
#include <utility>

namespace near2::jobs {

ProjectSession::ProjectSession(QObject* parent)
    : QObject(parent), m_tradeoffs(new TradeoffJobs(this)), m_runs(new RunJobs(this)),
      m_exports(new ExportJobs(this)), m_explore(new ExploreJobs(this)), m_previews(new FilePreviews(this))
{
    for (auto* job : {&m_contextJob, &m_adhocJob, &m_dimJob})
        connect(job, &JobRunner::failed, this, &ProjectSession::errorOccurred);
    connect(&m_projectJob, &JobRunner::failed, this, [this](const QString& message) {
        if (m_projectErrors == ErrorsShownBySession)
            Q_EMIT errorOccurred(message);
    });
}

ProjectSession::~ProjectSession()
{
    m_target->clear(); // the writer's last errors have nobody to go to
}

std::vector<JobRunner*> ProjectSession::jobs() const
{
    auto* self = const_cast<ProjectSession*>(this);
    std::vector<JobRunner*> all{&self->m_projectJob, &self->m_contextJob, &self->m_adhocJob, &self->m_dimJob};
    for (const auto& group :
         {m_tradeoffs->jobs(), m_runs->jobs(), m_exports->jobs(), m_explore->jobs(), m_previews->jobs()})
        all.insert(all.end(), group.begin(), group.end());
    return all;
}

QString ProjectSession::projectFile() const
{
    return m_writer ? QString::fromStdString(m_writer->file().string()) : QString();
}

void ProjectSession::launchOpen(const QString& what,
                                std::function<session::OpenedProject(const JobControl&)> work,
                                std::filesystem::path file, ErrorReporting errors)
{
    m_projectErrors = errors;
    m_projectJob.launch<session::OpenedProject>(
        what, std::move(work), [this, file](std::shared_ptr<const session::OpenedProject> opened) {
            adopt(file, std::move(opened));
        });
}

void ProjectSession::openProject(const QString& file)
{
    const std::filesystem::path path = file.toStdString();
    launchOpen(
        tr("Opening %1").arg(file),
        [path](const JobControl&) { return session::withDatasetCheck(session::openProject(path)); }, path);
}

void ProjectSession::createProject(const session::ProjectSetup& setup, ErrorReporting errors)
{
    launchOpen(
        tr("Building the project"),
        [setup](const JobControl& job) {
            return session::withDatasetCheck(session::buildProject(setup, job));
        },
        setup.projectFile, errors);
}

void ProjectSession::openDemo(const QString& cacheDir)
{
    const std::filesystem::path dir = cacheDir.toStdString();
    launchOpen(
        tr("Opening the demo shop"),
        [dir](const JobControl& job) { return session::withDatasetCheck(session::openDemo(dir, job)); },
        session::demoProjectFile(dir));
}

void ProjectSession::relocateDataset(int index, const QString& path)
{
    if (!m_writer || !m_snapshot || index < 0 ||
        static_cast<std::size_t>(index) >= m_snapshot->dataset.paths.size())
        return;
    DatasetSource dataset = m_snapshot->dataset;
    dataset.paths[static_cast<std::size_t>(index)] = path.toStdString();
    // Written and read back by the writer, after every change queued before.
    std::shared_future<ProjectSnapshot> relocated =
        m_writer
            ->call<ProjectSnapshot>(
                [dataset](ProjectStore& store) { return session::relocateDataset(store, dataset); })
            .share();
    launchOpen(
        tr("Locating the dataset"),
        [relocated](const JobControl&) { return session::withDatasetCheck(relocated.get()); },
        m_writer->file());
}

void ProjectSession::adopt(const std::filesystem::path& file,
                           std::shared_ptr<const session::OpenedProject> opened)
{
    closeProject(true);
    m_writer =
        std::make_unique<session::StoreWriter>(file, [target = m_target, this](const std::string& error) {
            target->post([this, message = QString::fromStdString(error)] { Q_EMIT errorOccurred(message); });
        });
    const std::shared_ptr<const ProjectSnapshot> snapshot(opened, &opened->snapshot); // no copy
    m_snapshot = snapshot;
    m_viewState = snapshot->viewState;
    m_tradeoffs->setProject(snapshot);
    Q_EMIT projectOpened(snapshot);
    if (!opened->missingDatasetPaths.empty()) {
        const auto& source = snapshot->dataset;
        const std::size_t index = opened->missingDatasetPaths.front();
        const bool folder = source.format == "beir" || source.format == "demo";
        Q_EMIT datasetMissing(static_cast<int>(index), QString::fromStdString(source.paths[index]), folder);
        return;
    }
    m_contextJob.launch<std::shared_ptr<const session::RankingContext>>(
        tr("Loading the catalog for ad-hoc queries"),
        [snapshot, file](const JobControl& job) { return session::loadRankingContext(*snapshot, job, file); },
        [this](std::shared_ptr<const std::shared_ptr<const session::RankingContext>> context) {
            m_context = *context;
            m_tradeoffs->setRankingContext(m_context);
            m_explore->setRankingContext(m_context);
            Q_EMIT rankingContextChanged(m_context);
            if (const int dim = std::exchange(m_pendingDim, 0); dim > 0)
                evaluateDim(dim);
        });
}

void ProjectSession::close()
{
    closeProject(false);
}

void ProjectSession::closeProject(bool replaced)
{
    for (auto* job : jobs())
        job->cancel();
    m_pendingDim = 0;
    m_tradeoffs->setProject(nullptr);
    m_tradeoffs->setRankingContext(nullptr);
    m_explore->setRankingContext(nullptr);
    if (m_context) {
        m_context.reset();
        Q_EMIT rankingContextChanged(nullptr);
    }
    m_snapshot.reset();
    m_viewState.clear();
    if (m_writer) {
        if (!m_writer->flush(session::StoreWriter::kCloseWait))
            Q_EMIT errorOccurred(tr("The last changes to %1 are still being saved.").arg(projectFile()));
        m_writer.reset();
        Q_EMIT projectClosed(replaced);
    }
}

void ProjectSession::rankAdhoc(const QString& text, int dim, int referenceDim, int k)
{
    if (!m_context) {
        Q_EMIT errorOccurred(tr("The catalog is still loading; try again in a moment."));
        return;
    }
    m_adhocJob.launch<session::AdhocRanking>(
        tr("Ranking “%1”").arg(text),
        [context = m_context, text = text.toStdString(), dim, referenceDim, k](const JobControl& job) {
            return session::rankAdhocQuery(*context, text, dim, referenceDim, static_cast<std::size_t>(k),
                                           job);
        },
        [this](std::shared_ptr<const session::AdhocRanking> ranking) {
            Q_EMIT adhocRanked(std::move(ranking));
        });
}

void ProjectSession::showRunSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    if (!m_writer || !snapshot)
        return;
    m_dimJob.cancel(); // a dim evaluated for the run shown before
    m_snapshot = std::move(snapshot);
    m_tradeoffs->setProject(m_snapshot);
    Q_EMIT runShown(m_snapshot);
}

void ProjectSession::evaluateDim(int dim)
{
    if (!m_snapshot || !m_snapshot->latestRun)
        return;
    if (!m_context) {
        if (m_contextJob.isRunning())
            m_pendingDim = dim;
        else
            Q_EMIT errorOccurred(tr("Other dims are evaluated over the dataset, which is not loaded."));
        return;
    }
    m_dimJob.launch<session::DimForEveryRun>(
        tr("Evaluating every query at %n dims", nullptr, dim),
        [context = m_context, base = m_snapshot, dim,
         file = std::filesystem::path(projectFile().toStdString())](const JobControl& job) {
            return session::evaluateDimForEveryRun(file, *base, *context, dim, job);
        },
        [this, dim](std::shared_ptr<const session::DimForEveryRun> outcome) {
            std::shared_ptr<const ProjectSnapshot> snapshot(outcome, &outcome->snapshot); // no copy
            m_snapshot = snapshot;
            post([outcome, dim](ProjectStore& store) {
                store.addRunDim(*outcome->snapshot.latestRun, dim);
                for (const auto& run : outcome->otherRuns)
                    store.addRunDim(run, dim);
            });
            if (!outcome->skipped.empty()) {
                QStringList names;
                for (const auto& name : outcome->skipped)
                    names << QString::fromStdString(name);
                Q_EMIT errorOccurred(tr("Dim %1 was not evaluated for %2: the project does not record the "
                                        "model of these runs (stored by an older version).")
                                         .arg(dim)
                                         .arg(names.join(QStringLiteral(", "))));
            }
            Q_EMIT dimEvaluated(std::move(snapshot), dim);
        });
}

void ProjectSession::post(std::function<void(ProjectStore&)> write, std::string key)
{
    if (m_writer)
        m_writer->post(std::move(write), std::move(key));
}

bool ProjectSession::flushWrites(std::chrono::milliseconds timeout)
{
    return !m_writer || m_writer->flush(timeout);
}

void ProjectSession::saveAnnotation(const QString& queryId, const Annotation& annotation)
{
    const std::string id = queryId.toStdString();
    post([id, annotation](ProjectStore& store) { store.setAnnotation(id, annotation); }, "annotation:" + id);
}

void ProjectSession::saveTags(const std::vector<std::string>& tags)
{
    post([tags](ProjectStore& store) { store.saveTags(tags); }, "tags");
}

void ProjectSession::saveSliceRules(const std::vector<SliceRule>& rules)
{
    post([rules](ProjectStore& store) { store.saveSliceRules(rules); }, "slice rules");
}

void ProjectSession::saveViewState(const std::map<std::string, std::string>& state)
{
    if (!m_writer || state == m_viewState)
        return;
    m_viewState = state;
    post([state](ProjectStore& store) { store.saveViewState(state); }, "view state");
}

void ProjectSession::saveAnalystJudgement(const AnalystJudgement& judgement)
{
    post([judgement](ProjectStore& store) { store.setAnalystJudgements({judgement}); },
         "judgement\t" + judgement.queryId + '\t' + judgement.productId);
}

void ProjectSession::viewStateShown(const std::map<std::string, std::string>& state)
{
    if (m_writer)
        m_viewState = state;
}

} // namespace near2::jobs
