#include "widgets/jobs/project_session.h"

#include "core/session/dataset_files.h"
#include "core/session/dim_evaluation.h"
#include "core/store/project_store.h"

#include <utility>

namespace near2::jobs {

ProjectSession::ProjectSession(QObject* parent) : QObject(parent)
{
    for (auto* job : {&m_projectJob, &m_contextJob, &m_adhocJob, &m_dimJob})
        connect(job, &JobRunner::failed, this, &ProjectSession::errorOccurred);
}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::projectFile() const
{
    return m_store ? QString::fromStdString(m_store->file().string()) : QString();
}

void ProjectSession::openProject(const QString& file)
{
    const std::filesystem::path path = file.toStdString();
    m_projectJob.launch<ProjectSnapshot>(
        tr("Opening %1").arg(file), [path](const JobControl&) { return session::openProject(path); },
        [this, path](std::shared_ptr<const ProjectSnapshot> snapshot) { adopt(path, std::move(snapshot)); });
}

void ProjectSession::createProject(const session::ProjectSetup& setup)
{
    m_projectJob.launch<ProjectSnapshot>(
        tr("Building the project"),
        [setup](const JobControl& job) { return session::buildProject(setup, job); },
        [this, file = setup.projectFile](std::shared_ptr<const ProjectSnapshot> snapshot) {
            adopt(file, std::move(snapshot));
        });
}

void ProjectSession::openDemo(const QString& cacheDir)
{
    const std::filesystem::path dir = cacheDir.toStdString();
    m_projectJob.launch<ProjectSnapshot>(
        tr("Opening the demo shop"), [dir](const JobControl& job) { return session::openDemo(dir, job); },
        [this, dir](std::shared_ptr<const ProjectSnapshot> snapshot) {
            adopt(session::demoProjectFile(dir), std::move(snapshot));
        });
}

void ProjectSession::relocateDataset(int index, const QString& path)
{
    if (!m_store || !m_snapshot || index < 0 ||
        static_cast<std::size_t>(index) >= m_snapshot->dataset.paths.size())
        return;
    DatasetSource dataset = m_snapshot->dataset;
    dataset.paths[static_cast<std::size_t>(index)] = path.toStdString();
    const std::filesystem::path file = m_store->file();
    m_projectJob.launch<ProjectSnapshot>(
        tr("Locating the dataset"),
        [file, dataset](const JobControl&) {
            ProjectStore store(file);
            return session::relocateDataset(store, dataset);
        },
        [this, file](std::shared_ptr<const ProjectSnapshot> snapshot) { adopt(file, std::move(snapshot)); });
}

void ProjectSession::adopt(const std::filesystem::path& file, std::shared_ptr<const ProjectSnapshot> snapshot)
{
    try {
        auto store = std::make_unique<ProjectStore>(file);
        close();
        m_store = std::move(store);
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(QString::fromStdString(error.what()));
        return;
    }
    m_snapshot = snapshot;
    Q_EMIT projectOpened(snapshot);
    if (const auto missing = session::missingDatasetPaths(snapshot->dataset); !missing.empty()) {
        const auto& source = snapshot->dataset;
        const bool folder = source.format == "beir" || source.format == "demo";
        Q_EMIT datasetMissing(static_cast<int>(missing.front()),
                              QString::fromStdString(source.paths[missing.front()]), folder);
        return;
    }
    m_contextJob.launch<std::shared_ptr<const session::RankingContext>>(
        tr("Loading the catalog for ad-hoc queries"),
        [snapshot](const JobControl& job) { return session::loadRankingContext(*snapshot, job); },
        [this](std::shared_ptr<const std::shared_ptr<const session::RankingContext>> context) {
            m_context = *context;
            Q_EMIT rankingContextChanged(m_context);
            if (const int dim = std::exchange(m_pendingDim, 0); dim > 0)
                evaluateDim(dim);
        });
}

void ProjectSession::close()
{
    m_contextJob.cancel();
    m_adhocJob.cancel();
    m_dimJob.cancel();
    m_pendingDim = 0;
    if (m_context) {
        m_context.reset();
        Q_EMIT rankingContextChanged(nullptr);
    }
    m_snapshot.reset();
    if (m_store) {
        m_store.reset();
        Q_EMIT projectClosed();
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
        [context = m_context, text = text.toStdString(), dim, referenceDim, k](const JobControl&) {
            return session::rankAdhocQuery(*context, text, dim, referenceDim, static_cast<std::size_t>(k));
        },
        [this](std::shared_ptr<const session::AdhocRanking> ranking) {
            Q_EMIT adhocRanked(std::move(ranking));
        });
}

void ProjectSession::evaluateDim(int dim)
{
    if (!m_snapshot)
        return;
    if (!m_context) {
        if (m_contextJob.isRunning())
            m_pendingDim = dim;
        else
            Q_EMIT errorOccurred(tr("Other dims are evaluated over the dataset, which is not loaded."));
        return;
    }
    m_dimJob.launch<ProjectSnapshot>(
        tr("Evaluating every query at %n dims", nullptr, dim),
        [context = m_context, base = m_snapshot, dim](const JobControl& job) {
            return session::snapshotWithDim(*base, *context, dim, job);
        },
        [this, dim](std::shared_ptr<const ProjectSnapshot> snapshot) {
            m_snapshot = snapshot;
            write([&](ProjectStore& store) { store.addRunDim(*snapshot->latestRun, dim); });
            Q_EMIT dimEvaluated(std::move(snapshot), dim);
        });
}

template <typename Write> void ProjectSession::write(Write&& write)
{
    if (!m_store)
        return;
    try {
        write(*m_store);
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(QString::fromStdString(error.what()));
    }
}

void ProjectSession::saveAnnotation(const QString& queryId, const Annotation& annotation)
{
    write([&](ProjectStore& store) { store.setAnnotation(queryId.toStdString(), annotation); });
}

void ProjectSession::saveTags(const std::vector<std::string>& tags)
{
    write([&](ProjectStore& store) { store.saveTags(tags); });
}

void ProjectSession::saveSliceRules(const std::vector<SliceRule>& rules)
{
    write([&](ProjectStore& store) { store.saveSliceRules(rules); });
}

void ProjectSession::saveViewState(const std::map<std::string, std::string>& state)
{
    write([&](ProjectStore& store) { store.saveViewState(state); });
}

} // namespace near2::jobs
