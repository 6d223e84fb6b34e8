#pragma once
// The compared runs per dim for the current metric: mean of A and of B over their shared queries, B − A, and
// the paired randomisation and t-test p-values (as `near2 compare` prints them). The current dim's row is
// bold; p-values below 0.05 are bold too.
#include <QAbstractTableModel>

namespace near2 {
struct MetricComparison;
}

namespace near2::widgets {

// A p-value in the locale: four decimals, or "< 0.0001" below the test's resolution (core/stats), never "0".
QString pValueText(double p);

class AnalysisState;
class RunComparisonState;

class RunComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Dim, MeanA, MeanB, Delta, PRandomisation, PTTest, ColumnCount };
    static constexpr double kSignificance = 0.05;

    RunComparisonModel(AnalysisState* state, RunComparisonState* comparison, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

private:
    const MetricComparison* metricAt(int row) const;
    QVariant displayValue(int row, int column) const;
    void reset();

    AnalysisState* m_state;
    RunComparisonState* m_comparison;
};

} // namespace near2::widgets
