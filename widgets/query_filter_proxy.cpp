#include "widgets/query_filter_proxy.h"

#include "widgets/query_table_model.h"

namespace near2::widgets {

QueryFilterProxy::QueryFilterProxy(AnalysisState* state, QObject* parent)
    : QSortFilterProxyModel(parent), m_state(state)
{
    setSortRole(QueryTableModel::SortRole);
    setDynamicSortFilter(false); // re-sorting on every dim change would cost more than it helps
    connect(state, &AnalysisState::slicesChanged, this, [this] {
        if (m_slice >= static_cast<int>(m_state->slices().size()))
            m_slice = 0;
        refilter();
    });
}

void QueryFilterProxy::setSourceModel(QAbstractItemModel* source)
{
    if (sourceModel())
        disconnect(sourceModel(), &QAbstractItemModel::dataChanged, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    // Without dynamic sorting (every small edit would move rows), a whole column that changes (another
    // dim, metric or run) re-sorts the list if it is sorted by that column, and re-applies the regressions
    // preset, whose rows depend on Δ.
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const bool wholeColumns =
                    topLeft.row() == 0 && bottomRight.row() == sourceModel()->rowCount() - 1;
                if (!wholeColumns)
                    return;
                const bool deltaChanged = topLeft.column() <= QueryTableModel::Delta &&
                                          QueryTableModel::Delta <= bottomRight.column();
                if (m_regressionsOnly && deltaChanged)
                    refilter();
                if (sortColumn() >= topLeft.column() && sortColumn() <= bottomRight.column())
                    sort(sortColumn(), sortOrder());
            });
}

void QueryFilterProxy::refilter()
{
    m_refiltering = true;
    invalidateFilter();
    m_refiltering = false;
    Q_EMIT refiltered();
}

void QueryFilterProxy::setText(const QString& text)
{
    m_text = text;
    refilter();
}

void QueryFilterProxy::setSlice(int slice)
{
    m_slice = slice;
    refilter();
}

void QueryFilterProxy::setTag(const QString& tag)
{
    m_tag = tag;
    refilter();
}

void QueryFilterProxy::setRegressionsOnly(bool on)
{
    m_regressionsOnly = on;
    refilter();
    if (on)
        sort(QueryTableModel::Delta, Qt::AscendingOrder);
}

bool QueryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto& slices = m_state->slices();
    if (m_slice > 0 && m_slice < static_cast<int>(slices.size()) &&
        !slices[static_cast<std::size_t>(m_slice)].members[static_cast<std::size_t>(sourceRow)])
        return false;
    const auto* model = sourceModel();
    if (!m_text.isEmpty()) {
        const auto id = model->index(sourceRow, QueryTableModel::Id, sourceParent).data().toString();
        const auto text = model->index(sourceRow, QueryTableModel::Query, sourceParent).data().toString();
        if (!id.contains(m_text, Qt::CaseInsensitive) && !text.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    if (!m_tag.isEmpty() &&
        model->index(sourceRow, QueryTableModel::Tag, sourceParent).data().toString() != m_tag)
        return false;
    if (m_regressionsOnly && model->index(sourceRow, QueryTableModel::Delta, sourceParent)
                                     .data(QueryTableModel::SortRole)
                                     .toDouble() >= -1e-9)
        return false;
    return true;
}

} // namespace near2::widgets
