#include "widgets/explore/rank_by_dim_model.h"

#include "widgets/label_colors.h"
#include "widgets/locale_numbers.h"

#include <QBrush>

namespace near2::widgets {

void RankByDimModel::setResult(explore::RankByDim result, std::vector<QString> titles)
{
    beginResetModel();
    m_result = std::move(result);
    m_titles = std::move(titles);
    m_titles.resize(m_result.relevant.size());
    endResetModel();
}

int RankByDimModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.relevant.size());
}

int RankByDimModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstDimColumn + static_cast<int>(m_result.dims.size());
}

QVariant RankByDimModel::rankData(const explore::RankAt& at, int role) const
{
    if (role == RankRole)
        return at.rank ? QVariant(static_cast<qulonglong>(*at.rank)) : QVariant();
    if (role == Qt::DisplayRole)
        return at.rank ? QVariant(static_cast<qulonglong>(*at.rank)) : QVariant(tr("–"));
    if (role == Qt::ToolTipRole) {
        switch (at.source) {
        case explore::RankSource::Listed:
            return tr("From the run's stored ranking");
        case explore::RankSource::Computed:
            return tr("Computed exactly from the embeddings");
        case explore::RankSource::Unknown:
            return tr("Below the stored ranking (load the embeddings for the exact rank)");
        }
    }
    if (role == Qt::ForegroundRole && at.rank && *at.rank <= m_result.k)
        return QBrush(gainColor());
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RankByDimModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& relevant = m_result.relevant[static_cast<std::size_t>(index.row())];
    if (role == ProductRowRole)
        return relevant.row;
    if (index.column() >= FirstDimColumn)
        return rankData(relevant.ranks[static_cast<std::size_t>(index.column() - FirstDimColumn)], role);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Product:
            return m_titles[static_cast<std::size_t>(index.row())];
        case Label:
            return QString::fromStdString(relevant.label);
        case FirstInTopK:
            return relevant.firstDimInTopK ? QVariant(*relevant.firstDimInTopK) : QVariant(tr("never"));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Product)
        return m_titles[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Label)
        return QBrush(labelColor(QString::fromStdString(relevant.label)));
    return {};
}

QVariant RankByDimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstDimColumn) {
        const auto dimIndex = static_cast<std::size_t>(section - FirstDimColumn);
        if (role == Qt::DisplayRole)
            return m_result.dims[dimIndex];
        if (role == Qt::ToolTipRole) {
            const auto& gap = m_result.gaps[dimIndex].gap;
            return gap ? tr("Score gap at %1 dims: %2 (last relevant − first non-relevant)")
                             .arg(m_result.dims[dimIndex])
                             .arg(localeFixed(*gap, 4))
                       : tr("Score gap at %1 dims: unknown").arg(m_result.dims[dimIndex]);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Relevant product");
    case Label:
        return tr("Label");
    case FirstInTopK:
        return tr("In top k from");
    default:
        return {};
    }
}

std::vector<QString> relevantTitles(const explore::RankByDim& result, const ProjectSnapshot& snapshot)
{
    std::vector<QString> titles;
    titles.reserve(result.relevant.size());
    for (const auto& relevant : result.relevant) {
        const auto product = snapshot.products.find(relevant.row);
        titles.push_back(product == snapshot.products.end() ? QString::number(relevant.row)
                                                            : QString::fromStdString(product->second.title));
    }
    return titles;
}

} // namespace near2::widgets
