#pragma once
// Shared set-up of the workbench's table views (hotspot's resultsutil): compact rows, sorting, stretch.
#include <functional>

class QTableView;

namespace near2::widgets {

// On every reset of its model, `view` fits its columns to their contents (fitColumnsNow), then `adjust`
// may cap them; a hidden view (a tab not picked) does so when it is shown, so that opening a project does not
// measure the cells of tabs nobody is looking at on the GUI thread.
void setUpTableView(QTableView* view, int stretchColumn, bool sortable, std::function<void()> adjust = {});

// Sizes the columns to their contents, lets `adjust` change widths, and lays the view out at once. QTableView
// answers each resized column on a zero timer, which fires after the next paint: a reset table was painted,
// then painted whole again (~20 ms for the query table under ASan). With the header's signals held, the view
// is laid out here instead, and paints once.
void fitColumnsNow(QTableView* view, const std::function<void()>& adjust = {});

} // namespace near2::widgets
