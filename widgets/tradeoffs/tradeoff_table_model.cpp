#include "widgets/tradeoffs/tradeoff_table_model.h"

#include "core/tradeoffs/pareto.h"
#include "widgets/tradeoffs/tradeoff_text.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace near2::tradeoffs {

void TradeoffTableModel::setReport(std::shared_ptr<const TradeoffReport> report, std::size_t metricColumn)
{
    beginResetModel();
    m_report = std::move(report);
    m_front.clear();
    if (m_report && metricColumn < m_report->columns.size())
        for (const std::size_t cell : paretoFront(m_report->cells, metricColumn, ParetoAxis::BytesPerVector))
            m_front.insert(cell);
    endResetModel();
}

int TradeoffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : static_cast<int>(m_report->cells.size());
}

int TradeoffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : FixedColumnCount + static_cast<int>(m_report->columns.size());
}

QVariant TradeoffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const CellMeasure& cell = m_report->cells[row];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell, index.column());
    case SortRole:
        return cellSortValue(cell, index.column());
    case CellRole:
        return index.row();
    case Qt::TextAlignmentRole:
        return index.column() >= BytesColumn ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    case Qt::FontRole:
        if (m_front.count(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == DimColumn && !cell.warnings.empty()
                   ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                   : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines;
        if (m_front.count(row))
            lines.append(tr("On the Pareto front (quality vs bytes per vector)"));
        for (const auto& warning : cell.warnings)
            lines.append(tr("FAISS: %1").arg(QString::fromStdString(warning)));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant TradeoffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_report)
        return {};
    const QStringList header = cellHeader(m_report->columns);
    return section >= 0 && section < header.size() ? QVariant(header[section]) : QVariant();
}

} // namespace near2::tradeoffs
