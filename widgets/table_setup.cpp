#include "widgets/table_setup.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>

namespace near2::widgets {

void setUpTableView(QTableView* view, int stretchColumn, bool sortable, std::function<void()> adjust)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(sortable);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // Sized to the contents once per reset, not on every dataChanged (ResizeToContents would measure every
    // row whenever the slider moves).
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The rows on screen only, not Qt's 1,000: measuring a cell asks the model for every role and lays its text
    // out, and a reset of a large query table then held the GUI thread for tens of ms (7-14 ms of a project's
    // open with the next 100 rows measured too, most of it under ASan).
    view->horizontalHeader()->setResizeContentsPrecision(0);
    if (stretchColumn >= 0)
        view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    if (auto* model = view->model())
        QObject::connect(model, &QAbstractItemModel::modelReset, view,
                         [view, adjust = std::move(adjust)] { fitColumnsNow(view, adjust); });
}

void fitColumnsNow(QTableView* view, const std::function<void()>& adjust)
{
    {
        const QSignalBlocker quiet(view->horizontalHeader());
        view->resizeColumnsToContents();
        if (adjust)
            adjust();
    }
    view->doItemsLayout();
}

} // namespace near2::widgets
