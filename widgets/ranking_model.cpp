#include "widgets/ranking_model.h"

#include "widgets/label_colors.h"
#include "widgets/locale_numbers.h"

#include <QBrush>
#include <QFont>

namespace near2::widgets {

void RankingModel::setRows(std::vector<RankingRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ProductRowRole)
        return row.row;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return row.rank;
        case Title:
            return row.duplicateTitles.isEmpty()
                       ? row.title
                       : tr("%1 (+%n similar)", nullptr, static_cast<int>(row.duplicateTitles.size()))
                             .arg(row.title);
        case Score:
            return localeFixed(row.score, 4);
        case Label:
            if (row.label.isEmpty() && !row.analystLabel.isEmpty())
                return tr("%1*", "a label set by the analyst").arg(row.analystLabel);
            return row.label.isEmpty() ? tr("–") : row.label;
        case Shift:
            if (!row.otherRank)
                return tr("new");
            if (*row.otherRank == row.rank)
                return tr("=");
            return *row.otherRank > row.rank ? tr("↑%1").arg(*row.otherRank - row.rank)
                                             : tr("↓%1").arg(row.rank - *row.otherRank);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return row.duplicateTitles.isEmpty()
                   ? row.title
                   : row.title + QStringLiteral("\n\n") + tr("Near-duplicates shown in this row:") +
                         QLatin1Char('\n') + row.duplicateTitles.join(QLatin1Char('\n'));
    if (role == DuplicateCountRole)
        return static_cast<int>(row.duplicateTitles.size());
    if (role == Qt::ToolTipRole && index.column() == Label && row.label.isEmpty() &&
        !row.analystLabel.isEmpty())
        return tr("Judged by the analyst in the workbench (not in the dataset)");
    if (role == AnalystLabelRole)
        return row.analystLabel;
    if (role == Qt::ForegroundRole && index.column() == Label)
        return QBrush(labelColor(row.label.isEmpty() ? row.analystLabel : row.label));
    if (role == Qt::ForegroundRole && index.column() == Shift && row.otherRank && *row.otherRank != row.rank)
        return QBrush(*row.otherRank > row.rank ? gainColor() : lossColor());
    if (role == Qt::FontRole && index.column() == Label) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Title)
        return int(Qt::AlignCenter);
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Title:
        return tr("Product");
    case Score:
        return tr("Score");
    case Label:
        return tr("Label");
    case Shift:
        return tr("Shift");
    default:
        return {};
    }
}

} // namespace near2::widgets
