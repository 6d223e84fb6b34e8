#pragma once
#include <QMainWindow>
#include <map>
#include <memory>
#include <string>

namespace near2 {
struct ProjectSnapshot;
namespace jobs {
class ProjectSession;
} // namespace jobs
namespace session {
struct AdhocRanking;
} // namespace session
namespace widgets {
class AnalysisState;
class QueryTablePanel;
class AdhocQueryPanel;
class AnnotationPanel;
class ViewNavigator;
} // namespace widgets
namespace charts {
class ChartsPage;
} // namespace charts
} // namespace near2

class QTabWidget;
class QMenu;

namespace near2::app {

// Assembles the workbench's pages, actions and settings: the session (jobs) feeds the AnalysisState that
// every page follows; the analyst's edits go back to the session to be saved.
class ExportActions;
class RunsActions;
class RunComparisonController;
class ExplorerAssembly;
class RecentProjects;
class JobStatusBar;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    jobs::ProjectSession* session() const { return m_session; }
    widgets::AnalysisState* state() const { return m_state; }
    QTabWidget* tabs() const { return m_tabs; }
    charts::ChartsPage* charts() const { return m_charts; }
    ExportActions* exports() const { return m_exports; }
    RunsActions* runs() const { return m_runs; }
    JobStatusBar* jobStatus() const { return m_jobStatus; }
    ExplorerAssembly* explorer() const { return m_explorer; }
    void openProjectFile(const QString& file);
    void openDemo();
    void newProject();

Q_SIGNALS:
    void projectShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void connectSession();
    void connectCharts();
    void showProject(std::shared_ptr<const ProjectSnapshot> snapshot);
    void showAdhoc(const session::AdhocRanking& ranking);
    std::map<std::string, std::string> viewState() const; // dims and selected query, as stored
    void saveViewState();
    void updateTitle();
    void rebuildRecentMenu();
    void showError(const QString& message);
    void locateDataset(int index, const QString& path, bool isFolder);

    jobs::ProjectSession* m_session;
    RecentProjects* m_recentProjects;
    widgets::AnalysisState* m_state;
    widgets::QueryTablePanel* m_queries;
    widgets::AdhocQueryPanel* m_adhoc;
    widgets::AnnotationPanel* m_annotations;
    widgets::ViewNavigator* m_views;
    QTabWidget* m_tabs;
    charts::ChartsPage* m_charts;
    ExportActions* m_exports;
    JobStatusBar* m_jobStatus;
    RunsActions* m_runs;
    RunComparisonController* m_runComparison = nullptr;
    ExplorerAssembly* m_explorer;
    QMenu* m_recent = nullptr;
};

} // namespace near2::app
