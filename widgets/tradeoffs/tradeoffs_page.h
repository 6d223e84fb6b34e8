#pragma once
// The trade-offs page (issue 7): the grid form, the Pareto chart (metric and x axis chosen above it), the
// table of cells and, for the selected cell, the current query's ranking from that configuration beside
// fp32 flat at the full dim. Shows the project's stored grid; computing a new one (the session's trade-off
// jobs) stores it there too.
#include "core/tradeoffs/tradeoff_types.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace near2 {
struct ProjectSnapshot;
namespace jobs {
class TradeoffJobs;
} // namespace jobs
namespace session {
struct CellRanking;
} // namespace session
namespace widgets {
class AnalysisState;
class RankingModel;
} // namespace widgets
} // namespace near2

namespace near2::tradeoffs {

class GridForm;
class ParetoChartView;
class TradeoffTableModel;

class TradeoffsPage final : public QWidget
{
    Q_OBJECT
public:
    // `jobs` (the session's) computes grids and ranks queries with a cell.
    TradeoffsPage(widgets::AnalysisState* state, jobs::TradeoffJobs* jobs, QWidget* parent = nullptr);

    // Shows the project's stored grid (none: an empty page).
    void setProject(std::shared_ptr<const ProjectSnapshot> snapshot);
    void showReport(std::shared_ptr<const TradeoffReport> report);
    // Selects the cell's row (the chart and the ranking follow); -1 clears the selection.
    void selectCell(int cell);
    int selectedCell() const { return m_selectedCell; }

    GridForm* form() const { return m_form; }
    jobs::TradeoffJobs* jobs() const { return m_jobs; }
    ParetoChartView* chartView() const { return m_chart; }
    TradeoffTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QComboBox* axisChoice() const { return m_axis; }
    widgets::RankingModel* rankingModel() const { return m_ranking; }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void compute();
    void refreshViews();
    void requestRanking();
    void showRanking(const session::CellRanking& ranking);

    widgets::AnalysisState* m_state;
    jobs::TradeoffJobs* m_jobs;
    GridForm* m_form;
    QComboBox* m_metric;
    QComboBox* m_axis;
    ParetoChartView* m_chart;
    TradeoffTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_statements;
    QLabel* m_rankingTitle;
    widgets::RankingModel* m_ranking;
    std::shared_ptr<const TradeoffReport> m_report;
    int m_selectedCell = -1;
};

} // namespace near2::tradeoffs
