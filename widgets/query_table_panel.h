#pragma once
// The query table with its filters: text, slice, tag, the "regressions" preset and the NDCG threshold of the
// "drops below" column. Selecting a row selects the query in the AnalysisState. With a RunComparisonState,
// the bar choosing runs A and B sits on top and their columns show while two different runs are chosen.
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace near2::widgets {

class AnalysisState;
class QueryFilterProxy;
class RunComparisonBar;
class RunComparisonState;
class QueryTableModel;

class QueryTablePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit QueryTablePanel(AnalysisState* state, QWidget* parent = nullptr);

    QueryTableModel* model() const { return m_model; }
    QueryFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    void toggleRegressions();
    void setComparison(RunComparisonState* comparison);
    void clearFilters();
    RunComparisonBar* comparisonBar() const { return m_comparisonBar; }

Q_SIGNALS:
    // The selected query was hidden by the filters, so they were cleared to show it.
    void filtersCleared();

private:
    void reloadChoices();
    void selectCurrentQuery();
    void
    highlightSelectedQuery(); // the inspected query as the current row, or no current row if filtered out
    void showComparedColumns();

    AnalysisState* m_state;
    QueryTableModel* m_model;
    QueryFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QComboBox* m_slice;
    QComboBox* m_tag;
    QPushButton* m_regressions;
    RunComparisonState* m_comparison = nullptr;
    RunComparisonBar* m_comparisonBar = nullptr;
};

} // namespace near2::widgets
