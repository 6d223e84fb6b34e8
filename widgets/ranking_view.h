#pragma once
// A table view of one ranking (RankingModel): the product title takes the free width and is elided in the
// middle (a title's model number or size is often at its end; the full title is the tooltip), rank, score,
// label and shift stay as narrow as their contents.
class QTableView;
class QWidget;

namespace near2::widgets {

class RankingModel;

QTableView* createRankingView(RankingModel* model, QWidget* parent);

} // namespace near2::widgets
