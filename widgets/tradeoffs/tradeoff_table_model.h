#pragma once
// The cells of a trade-off grid as a table: the columns of tradeoff_text.h, display text through QLocale,
// raw numbers under SortRole (for a QSortFilterProxyModel), the cell index under CellRole. Cells on the
// front of the chosen metric against bytes per vector are shown in bold.
#include "core/tradeoffs/tradeoff_types.h"

#include <QAbstractTableModel>
#include <memory>
#include <set>

namespace near2::tradeoffs {

class TradeoffTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, CellRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setReport(std::shared_ptr<const TradeoffReport> report, std::size_t metricColumn);
    const TradeoffReport* report() const { return m_report.get(); }

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

private:
    std::shared_ptr<const TradeoffReport> m_report;
    std::set<std::size_t> m_front;
};

} // namespace near2::tradeoffs
