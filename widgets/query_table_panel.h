#pragma once
// The query table with its filters: text, slice, tag, the "regressions" preset and the NDCG threshold of the
// "drops below" column. Selecting a row selects the query in the AnalysisState.
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace near2::widgets {

class AnalysisState;
class QueryFilterProxy;
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

private:
    void reloadChoices();
    void selectCurrentQuery();

    AnalysisState* m_state;
    QueryTableModel* m_model;
    QueryFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QComboBox* m_slice;
    QComboBox* m_tag;
    QPushButton* m_regressions;
};

} // namespace near2::widgets
