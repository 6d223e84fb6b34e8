#include "widgets/ranking_view.h"

#include "widgets/ranking_model.h"
#include "widgets/table_setup.h"

#include <QHeaderView>
#include <QTableView>

namespace near2::widgets {

QTableView* createRankingView(RankingModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    setUpTableView(view, RankingModel::Title, false);
    view->setTextElideMode(Qt::ElideMiddle);
    auto* header = view->horizontalHeader();
    header->setMinimumSectionSize(view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 3);
    for (const int column :
         {RankingModel::Rank, RankingModel::Score, RankingModel::Label, RankingModel::Shift})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return view;
}

} // namespace near2::widgets
