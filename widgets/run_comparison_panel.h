#pragma once
// The "Run comparison" tab: the compared runs per dim for the current metric (RunComparisonModel), with a
// line saying which runs, how many shared queries and which tests.
#include <QWidget>

class QLabel;
class QTableView;

namespace near2::widgets {

class AnalysisState;
class RunComparisonModel;
class RunComparisonState;

class RunComparisonPanel final : public QWidget
{
    Q_OBJECT
public:
    RunComparisonPanel(AnalysisState* state, RunComparisonState* comparison, QWidget* parent = nullptr);

    RunComparisonModel* model() const { return m_model; }

private:
    void updateCaption();

    RunComparisonState* m_comparison;
    RunComparisonModel* m_model;
    QLabel* m_caption;
};

} // namespace near2::widgets
