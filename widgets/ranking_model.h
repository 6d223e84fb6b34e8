#pragma once
// One side of the ranking inspector: rank, product title, score, label (coloured E/S/C/I) and the rank shift
// against the other dim ("↑3", "↓2", "new" when absent there).
#include "widgets/query_inspection.h"

#include <QAbstractTableModel>

namespace near2::widgets {

class RankingModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Title, Score, Label, Shift, ColumnCount };
    enum Role { ProductRowRole = Qt::UserRole + 1, AnalystLabelRole, DuplicateCountRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(std::vector<RankingRow> rows);
    const std::vector<RankingRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

private:
    std::vector<RankingRow> m_rows;
};

} // namespace near2::widgets
