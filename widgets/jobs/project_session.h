#pragma once
// The open project on the GUI side: opens, builds or reopens it through background jobs, keeps the store for
// the analyst's small writes (annotations, tags, slices, view state), answers ad-hoc queries and evaluates
// dims typed in. The views get immutable snapshots (std::shared_ptr<const ProjectSnapshot>). Closing drops
// every job's late result.
#include "core/session/project_builder.h"
#include "core/session/ranking_context.h"
#include "core/store/project_data.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <QString>
#include <filesystem>
#include <memory>

namespace near2 {
class ProjectStore;
}

namespace near2::jobs {

class ProjectSession final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    void openProject(const QString& file);
    void createProject(const session::ProjectSetup& setup);
    void openDemo(const QString& cacheDir);
    // Points the open project's dataset path `index` at `path` (after datasetMissing) and reloads it.
    void relocateDataset(int index, const QString& path);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QString projectFile() const;
    // The open project's loaded catalog, dataset and embeddings (null until loaded).
    std::shared_ptr<const session::RankingContext> rankingContext() const { return m_context; }

    void rankAdhoc(const QString& text, int dim, int referenceDim, int k);
    // Evaluates every query at `dim` (one the run lacks) in the background, once the catalog is loaded;
    // newest request wins. Delivers the snapshot extended by that dim through dimEvaluated.
    void evaluateDim(int dim);
    void saveAnnotation(const QString& queryId, const Annotation& annotation);
    void saveTags(const std::vector<std::string>& tags);
    void saveSliceRules(const std::vector<SliceRule>& rules);
    void saveViewState(const std::map<std::string, std::string>& state);

    JobRunner* projectJob() { return &m_projectJob; } // open / build / demo
    JobRunner* contextJob() { return &m_contextJob; }
    JobRunner* adhocJob() { return &m_adhocJob; }
    JobRunner* dimJob() { return &m_dimJob; }

Q_SIGNALS:
    void projectOpened(std::shared_ptr<const near2::ProjectSnapshot> snapshot);
    void projectClosed();
    void adhocRanked(std::shared_ptr<const near2::session::AdhocRanking> ranking);
    void dimEvaluated(std::shared_ptr<const near2::ProjectSnapshot> snapshot, int dim);
    // The open project's catalog, dataset and embeddings are loaded (null: the project was closed).
    void rankingContextChanged(std::shared_ptr<const near2::session::RankingContext> context);
    void errorOccurred(const QString& message);
    // The open project's dataset path `index` (a folder for BEIR, else a file) no longer exists; the views
    // still show the stored results, ad-hoc queries wait until relocateDataset().
    void datasetMissing(int index, const QString& path, bool isFolder);

private:
    void adopt(const std::filesystem::path& file, std::shared_ptr<const ProjectSnapshot> snapshot);
    template <typename Write> void write(Write&& write);

    std::unique_ptr<ProjectStore> m_store;
    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    std::shared_ptr<const session::RankingContext> m_context;
    JobRunner m_projectJob;
    JobRunner m_contextJob;
    JobRunner m_adhocJob;
    JobRunner m_dimJob;
    int m_pendingDim = 0; // requested before the catalog was loaded
};

} // namespace near2::jobs
