#pragma once
// The failure explorer in the workbench (issue 17): the ranking inspector with the explorer panel beside it
// (rank by dim, the segment chart, the 2-D map), judging in place on the inspector's rankings, metrics with
// or without the analyst's judgements, and their export as TREC qrels. This wires views to the session's
// explore jobs (widgets/jobs/explore_jobs.h): every computation runs there, newest request wins, and a result
// for another query or dim than the one shown is dropped.
#include "core/store/project_data.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QWidget;

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
class AnalystJudgementBook;
class FailureExplorerPanel;
class JudgingKeys;
class RankingInspector;
} // namespace widgets
} // namespace near2

namespace near2::app {

class ExplorerAssembly final : public QObject
{
    Q_OBJECT
public:
    ExplorerAssembly(widgets::AnalysisState* state, jobs::ProjectSession* session, QWidget* parent);

    // The inspector tab's page: the ranking inspector and the explorer side by side.
    QWidget* page() const { return m_page; }
    widgets::RankingInspector* inspector() const { return m_inspector; }
    widgets::FailureExplorerPanel* panel() const { return m_panel; }
    widgets::AnalystJudgementBook* judgements() const { return m_book; }
    QAction* analystMetricsAction() const { return m_analystMetrics; }
    // View → "Metrics with analyst judgements"; File → Export → "Analyst judgements (TREC qrels)…".
    void addActions(QMenu* view, QMenu* exportMenu);

    void setAnalystMetrics(bool on);
    // The applied analyst judgements (those the dataset does not judge) as a TREC qrels file, in a job.
    void exportAnalystQrels(const QString& file);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void notice(const QString& message);

private:
    void followSnapshot();
    void requestRankByDim();
    // The segment chart and the map (one explanation job) are computed only while one of them is shown; a
    // request while both are hidden marks them stale, and showing one computes it.
    void requestExplanation();
    bool explanationShown() const;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void judge(std::int32_t productRow, const QString& label);
    void updateNote();
    // The product's fields in the explorer's Product tab (the catalog's, else the project's) and the
    // inspector.
    void showDetails(std::int32_t row);
    void search(const QString& text, bool inCatalog, bool adhoc);

    widgets::AnalysisState* m_state;
    jobs::ProjectSession* m_session;
    QWidget* m_page;
    widgets::RankingInspector* m_inspector;
    widgets::FailureExplorerPanel* m_panel;
    widgets::AnalystJudgementBook* m_book;
    std::vector<widgets::JudgingKeys*> m_keys;
    QAction* m_analystMetrics;
    QAction* m_exportQrels = nullptr;
    // The project as the dataset judges it, and the one shown with the analyst's judgements (when on).
    std::shared_ptr<const ProjectSnapshot> m_datasetSnapshot, m_analystSnapshot, m_metricsBase;
    std::shared_ptr<const session::AdhocRanking> m_adhoc; // the last ad-hoc query's rankings
    std::map<std::int32_t, ProductRecord> m_found;        // the last search's hits
    std::int32_t m_focus = -1; // the relevant product chosen in rank by dim (-1: the explorer picks)
    bool m_explanationStale = false;
};

} // namespace near2::app
