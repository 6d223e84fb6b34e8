#include "widgets/summary_model.h"

#include "widgets/label_colors.h"
#include "widgets/locale_numbers.h"
#include "widgets/slice_names.h"
#include "widgets/state_follower.h"

#include <QBrush>

namespace near2::widgets {

SummaryModel::SummaryModel(AnalysisState* state, QObject* parent)
    : QAbstractTableModel(parent), m_state(state), m_follower(new StateFollower(
                                                       state, [this] { recompute(); }, this))
{
    for (auto signal : {&AnalysisState::snapshotChanged, &AnalysisState::dimsChanged})
        connect(state, signal, m_follower, &StateFollower::follow);
    connect(state, &AnalysisState::slicesChanged, this, &SummaryModel::recompute);
}

bool SummaryModel::recomputePending() const
{
    return m_follower->pending();
}

void SummaryModel::recompute()
{
    m_follower->drawn();
    beginResetModel();
    m_metricColumns.clear();
    m_values.clear();
    if (const auto* run = m_state->run()) {
        // The metrics at the smallest cutoff (ndcg@10, p@10, …).
        const auto& columns = run->result.columns;
        const std::string cutoff = columns.empty() ? "" : columns.front().substr(columns.front().find('@'));
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columns[c].ends_with(cutoff))
                m_metricColumns.push_back(static_cast<int>(c));
        for (const auto& slice : m_state->slices()) {
            auto& row = m_values.emplace_back(3 * m_metricColumns.size(), 0.0);
            for (std::size_t m = 0; m < m_metricColumns.size(); ++m) {
                double current = 0, reference = 0;
                for (int q = 0; q < m_state->queryCount(); ++q)
                    if (slice.members[static_cast<std::size_t>(q)]) {
                        current += m_state->value(m_state->dimIndex(), q, m_metricColumns[m]);
                        reference += m_state->value(m_state->referenceDimIndex(), q, m_metricColumns[m]);
                    }
                const double n = std::max(1, slice.count);
                row[3 * m] = current / n;
                row[3 * m + 1] = reference / n;
                row[3 * m + 2] = (current - reference) / n;
            }
        }
    }
    endResetModel();
}

int SummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

int SummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2 + 3 * static_cast<int>(m_metricColumns.size());
}

QVariant SummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& slice = m_state->slices()[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column == 0)
            return sliceDisplayName(slice);
        if (column == 1)
            return slice.count;
        const double value =
            m_values[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(column - 2)];
        return (column - 2) % 3 == 2 ? localeSigned(value, 3) : localeFixed(value, 3);
    }
    if (role == Qt::TextAlignmentRole && column > 0)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column > 1 && (column - 2) % 3 == 2) {
        const double delta =
            m_values[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(column - 2)];
        return delta < -1e-9 ? QVariant(QBrush(lossColor())) : QVariant();
    }
    return {};
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Slice");
    if (section == 1)
        return tr("Queries");
    const auto* run = m_state->run();
    if (!run || section - 2 >= 3 * static_cast<int>(m_metricColumns.size()))
        return {};
    const auto metric = QString::fromStdString(
        run->result
            .columns[static_cast<std::size_t>(m_metricColumns[static_cast<std::size_t>((section - 2) / 3)])]);
    const int dimIndex = (section - 2) % 3 == 0 ? m_state->dimIndex() : m_state->referenceDimIndex();
    const int dim = m_state->dims()[static_cast<std::size_t>(dimIndex)];
    switch ((section - 2) % 3) {
    case 0:
        return tr("%1 @%2d").arg(metric).arg(dim);
    case 1:
        return tr("%1 @%2d (ref)").arg(metric).arg(dim);
    default:
        return tr("Δ %1").arg(metric);
    }
}

} // namespace near2::widgets
