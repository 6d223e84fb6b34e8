#pragma once
// "Compare A [run] with B [run]" above the query table, with the current metric's means, B − A and both
// p-values at the current dim. Hidden while the project has fewer than two complete runs.
#include <QWidget>

class QComboBox;
class QLabel;

namespace near2::widgets {

class AnalysisState;
class RunComparisonState;

class RunComparisonBar final : public QWidget
{
    Q_OBJECT
public:
    RunComparisonBar(AnalysisState* state, RunComparisonState* comparison, QWidget* parent = nullptr);

    QComboBox* runBox(int side) const { return side == 0 ? m_a : m_b; } // for tests
    QString summary() const;

private:
    void reloadRuns();
    void updateSummary();

    AnalysisState* m_state;
    RunComparisonState* m_comparison;
    QComboBox* m_a;
    QComboBox* m_b;
    QLabel* m_summary;
};

} // namespace near2::widgets
