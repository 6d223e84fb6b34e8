#include "widgets/query_table_model.h"

#include "widgets/label_colors.h"
#include "widgets/locale_numbers.h"
#include "widgets/run_comparison_state.h"

#include <QBrush>
#include <QColor>
#include <limits>
#include <utility>

namespace near2::widgets {

QueryTableModel::QueryTableModel(AnalysisState* state, QObject* parent)
    : QAbstractTableModel(parent), m_state(state)
{
    connect(state, &AnalysisState::snapshotChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(state, &AnalysisState::dimsChanged, this, [this] {
        announceColumns(Current, RunDelta);
        Q_EMIT headerDataChanged(Qt::Horizontal, Current, RunDelta);
    });
    connect(state, &AnalysisState::metricChanged, this, [this] {
        announceColumns(Current, RunDelta);
        Q_EMIT headerDataChanged(Qt::Horizontal, Current, RunDelta);
    });
    connect(state, &AnalysisState::annotationChanged, this,
            [this](int query) { Q_EMIT dataChanged(index(query, Tag), index(query, Note)); });
}

void QueryTableModel::setComparison(RunComparisonState* comparison)
{
    m_comparison = comparison;
    // Announced only while the columns have something to show, or just had: a change of range repaints the
    // whole table, and the run list arriving after a project's first paint repainted it for hidden columns.
    connect(comparison, &RunComparisonState::pairChanged, this, [this] {
        const bool paired = m_comparison->hasPair();
        if (!std::exchange(m_comparedShown, paired) && !paired)
            return;
        announceColumns(RunA, RunDelta);
        Q_EMIT headerDataChanged(Qt::Horizontal, RunA, RunDelta);
    });
    m_comparedShown = comparison->hasPair();
    announceColumns(RunA, RunDelta);
}

std::optional<double> QueryTableModel::comparedValue(int query, int column) const
{
    if (!m_comparison || !m_comparison->hasPair() || m_state->dims().empty())
        return std::nullopt;
    const auto& run = *m_state->run();
    const std::string& id = m_state->snapshot()->queries[static_cast<std::size_t>(query)].id;
    const int dim = m_state->currentDim();
    const std::string& metric = run.result.columns[static_cast<std::size_t>(m_state->metricColumn())];
    const auto a = m_comparison->value(RunComparisonState::A, id, dim, metric);
    const auto b = m_comparison->value(RunComparisonState::B, id, dim, metric);
    if (column == RunA)
        return a;
    if (column == RunB)
        return b;
    return a && b ? std::optional<double>(*b - *a) : std::nullopt;
}

QString QueryTableModel::comparedHeader(int section) const
{
    if (section == RunDelta)
        return tr("B − A");
    const auto side = section == RunA ? RunComparisonState::A : RunComparisonState::B;
    const QString name = m_comparison ? m_comparison->runName(m_comparison->runIndex(side)) : QString();
    return section == RunA ? tr("A: %1").arg(name) : tr("B: %1").arg(name);
}

void QueryTableModel::setDropThreshold(double threshold)
{
    m_dropThreshold = threshold;
    announceColumns(FirstDrop, FirstDrop);
    Q_EMIT headerDataChanged(Qt::Horizontal, FirstDrop, FirstDrop);
}

void QueryTableModel::announceColumns(int first, int last)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, last));
}

int QueryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_state->hasRun() ? 0 : m_state->queryCount();
}

int QueryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueryTableModel::displayValue(int query, int column) const
{
    const auto& record = m_state->snapshot()->queries[static_cast<std::size_t>(query)];
    const int metric = m_state->metricColumn();
    const double current = m_state->value(m_state->dimIndex(), query, metric);
    const double reference = m_state->value(m_state->referenceDimIndex(), query, metric);
    const auto* annotation = m_state->annotation(query);
    switch (column) {
    case Id:
        return QString::fromStdString(record.id);
    case Query:
        return QString::fromStdString(record.text);
    case Type:
        return QString::fromStdString(record.type);
    case Judged:
        return static_cast<int>(record.judged.size());
    case Relevant:
        return record.relevantCount;
    case Current:
        return localeFixed(current, 3);
    case Reference:
        return localeFixed(reference, 3);
    case Delta:
        return localeSigned(current - reference, 3);
    case FirstDrop: {
        const int dim = m_state->firstDropDim(query, metric, m_dropThreshold);
        return dim > 0 ? QVariant(dim) : QVariant(tr("—"));
    }
    case RunA:
    case RunB:
    case RunDelta: {
        const auto value = comparedValue(query, column);
        if (!value)
            return tr("—");
        return column == RunDelta ? QString::asprintf("%+.3f", *value) : QString::number(*value, 'f', 3);
    }
    case Tag:
        return annotation ? QString::fromStdString(annotation->tag) : QString();
    case Note:
        return annotation ? QString::fromStdString(annotation->note) : QString();
    default:
        return {};
    }
}

QVariant QueryTableModel::sortValue(int query, int column) const
{
    const int metric = m_state->metricColumn();
    switch (column) {
    case Current:
        return m_state->value(m_state->dimIndex(), query, metric);
    case Reference:
        return m_state->value(m_state->referenceDimIndex(), query, metric);
    case Delta:
        return m_state->value(m_state->dimIndex(), query, metric) -
               m_state->value(m_state->referenceDimIndex(), query, metric);
    case FirstDrop:
        return m_state->firstDropDim(query, metric, m_dropThreshold);
    case RunA:
    case RunB:
    case RunDelta:
        return comparedValue(query, column).value_or(std::numeric_limits<double>::lowest());
    default:
        return displayValue(query, column);
    }
}

QVariant QueryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int query = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(query, index.column());
    case SortRole:
        return sortValue(query, index.column());
    case QueryIndexRole:
        return query;
    case Qt::TextAlignmentRole:
        return index.column() >= Judged && index.column() <= RunDelta
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Delta || index.column() == RunDelta) {
            const double delta = index.column() == Delta ? sortValue(query, Delta).toDouble()
                                                         : comparedValue(query, RunDelta).value_or(0.0);
            if (delta < -1e-9)
                return QBrush(lossColor());
            if (delta > 1e-9)
                return QBrush(gainColor());
        }
        return {};
    default:
        return {};
    }
}

// Short headers ("d32", "d256 ref.", as the charts label dims) keep the metric columns in view; the tooltip
// says the metric.
QVariant QueryTableModel::dimHeader(int section, const QString& metric, bool tooltip) const
{
    const int dim = section == Current ? m_state->currentDim() : m_state->referenceDim();
    if (section == Current)
        return tooltip ? tr("%1 at the current dim (%2)").arg(metric).arg(dim) : tr("d%1").arg(dim);
    return tooltip ? tr("%1 at the reference dim (%2)").arg(metric).arg(dim) : tr("d%1 ref.").arg(dim);
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool tooltip = role == Qt::ToolTipRole;
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && !tooltip))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto* run = m_state->run();
    const QString metric =
        run && !run->result.columns.empty()
            ? QString::fromStdString(run->result.columns[static_cast<std::size_t>(m_state->metricColumn())])
            : tr("metric");
    if (section == Current || section == Reference)
        return dimHeader(section, metric, tooltip);
    if (tooltip)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case Query:
        return tr("Query");
    case Type:
        return tr("Type");
    case Judged:
        return tr("Judged");
    case Relevant:
        return tr("Relevant");
    case Delta:
        return tr("Δ");
    case FirstDrop:
        return tr("Drops below %L1 at").arg(m_dropThreshold, 0, 'f', 2);
    case Tag:
        return tr("Tag");
    case RunA:
    case RunB:
    case RunDelta:
        return comparedHeader(section);
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace near2::widgets
