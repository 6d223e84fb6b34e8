#pragma once
// Shared set-up of the workbench's table views (hotspot's resultsutil): compact rows, sorting, stretch.
class QTableView;

namespace near2::widgets {

void setUpTableView(QTableView* view, int stretchColumn, bool sortable);

} // namespace near2::widgets
