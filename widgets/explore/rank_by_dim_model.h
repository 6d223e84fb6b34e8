#pragma once
// Rank by dim in the inspector (issue 17): one row per relevant product of the selected query (title, label,
// the first dim at which it enters the top k), one column per dim with its rank there. A rank's tooltip says
// where it comes from (the run's listing, an exact scan of the embeddings, or unknown below the listing); a
// dim's header tooltip gives the query's score gap there (last relevant − first non-relevant).
#include "core/explore/rank_by_dim.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace near2::widgets {

class RankByDimModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, Label, FirstInTopK, FirstDimColumn };
    enum Role { ProductRowRole = Qt::UserRole + 1, RankRole };

    using QAbstractTableModel::QAbstractTableModel;
    // `titles`: one per entry of result.relevant, same order.
    void setResult(explore::RankByDim result, std::vector<QString> titles);
    const explore::RankByDim& result() const { return m_result; }
    const std::vector<QString>& titles() const { return m_titles; }

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

private:
    QVariant rankData(const explore::RankAt& at, int role) const;
    explore::RankByDim m_result;
    std::vector<QString> m_titles;
};

// The titles of `result`'s relevant products from the snapshot's products (the id where a product is absent).
std::vector<QString> relevantTitles(const explore::RankByDim& result, const ProjectSnapshot& snapshot);

} // namespace near2::widgets
