#include "widgets/run_comparison_model.h"

#include "widgets/analysis_state.h"
#include "widgets/run_comparison_state.h"

#include <QFont>
#include <QLocale>

namespace near2::widgets {

QString pValueText(double p)
{
    const double resolution = stats::pValueResolution(); // the core's rule, so the PDF and CSV agree
    return p < resolution ? RunComparisonModel::tr("< %1").arg(QLocale().toString(resolution, 'f', 4))
                          : QLocale().toString(p, 'f', 4);
}

RunComparisonModel::RunComparisonModel(AnalysisState* state, RunComparisonState* comparison, QObject* parent)
    : QAbstractTableModel(parent), m_state(state), m_comparison(comparison)
{
    connect(comparison, &RunComparisonState::pairChanged, this, &RunComparisonModel::reset);
    connect(comparison, &RunComparisonState::comparisonChanged, this, &RunComparisonModel::reset);
    connect(state, &AnalysisState::snapshotChanged, this, &RunComparisonModel::reset);
    connect(state, &AnalysisState::metricChanged, this, &RunComparisonModel::reset);
    connect(state, &AnalysisState::dimsChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
    });
}

void RunComparisonModel::reset()
{
    beginResetModel();
    endResetModel();
}

int RunComparisonModel::rowCount(const QModelIndex& parent) const
{
    const auto* comparison = m_comparison->comparison();
    return parent.isValid() || !comparison || !m_state->hasRun() ? 0
                                                                 : static_cast<int>(comparison->dims.size());
}

int RunComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MetricComparison* RunComparisonModel::metricAt(int row) const
{
    const auto& columns = m_state->run()->result.columns;
    const auto& dim = m_comparison->comparison()->dims[static_cast<std::size_t>(row)];
    return m_comparison->metricAt(dim.dim, columns[static_cast<std::size_t>(m_state->metricColumn())]);
}

QVariant RunComparisonModel::displayValue(int row, int column) const
{
    if (column == Dim)
        return m_comparison->comparison()->dims[static_cast<std::size_t>(row)].dim;
    const MetricComparison* metric = metricAt(row);
    if (!metric)
        return tr("—");
    const QLocale locale;
    switch (column) {
    case MeanA:
        return locale.toString(metric->a, 'f', 4);
    case MeanB:
        return locale.toString(metric->b, 'f', 4);
    case Delta:
        return QString((metric->delta >= 0 ? QStringLiteral("+") : QString()) +
                       locale.toString(metric->delta, 'f', 4));
    case PRandomisation:
        return pValueText(metric->pRandomisation);
    case PTTest:
        return pValueText(metric->pTTest);
    default:
        return {};
    }
}

QVariant RunComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        const MetricComparison* metric = metricAt(index.row());
        const int dim = m_comparison->comparison()->dims[static_cast<std::size_t>(index.row())].dim;
        const bool current = dim == m_state->currentDim();
        const bool significant =
            metric && ((index.column() == PRandomisation && metric->pRandomisation < kSignificance) ||
                       (index.column() == PTTest && metric->pTTest < kSignificance));
        if (!current && !significant)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dim:
        return tr("Dim");
    case MeanA:
        return tr("A: %1").arg(m_comparison->runName(m_comparison->runIndex(RunComparisonState::A)));
    case MeanB:
        return tr("B: %1").arg(m_comparison->runName(m_comparison->runIndex(RunComparisonState::B)));
    case Delta:
        return tr("B − A");
    case PRandomisation:
        return tr("p (randomisation)");
    case PTTest:
        return tr("p (t-test)");
    default:
        return {};
    }
}

} // namespace near2::widgets
