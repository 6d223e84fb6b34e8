#include "widgets/table_setup.h"

#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>

namespace near2::widgets {

namespace {

// Fits a view's columns after a reset of its model, at once when the view is visible, else when it is shown.
class ColumnFitter final : public QObject
{
public:
    ColumnFitter(QTableView* view, std::function<void()> adjust)
        : QObject(view), m_view(view), m_adjust(std::move(adjust))
    {
        view->installEventFilter(this);
    }
    void fit()
    {
        m_pending = !m_view->isVisible();
        if (!m_pending)
            fitColumnsNow(m_view, m_adjust);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::Show && m_pending) {
            m_pending = false;
            fitColumnsNow(m_view, m_adjust);
        }
        return false;
    }

private:
    QTableView* m_view;
    std::function<void()> m_adjust;
    bool m_pending = false;
};

} // namespace

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
    // The rows on screen only, not Qt's 1,000: measuring a cell asks the model for every role and lays its
    // text out, and a reset of a large query table then held the GUI thread for tens of ms (7-14 ms of a
    // project's open with the next 100 rows measured too, most of it under ASan).
    view->horizontalHeader()->setResizeContentsPrecision(0);
    if (stretchColumn >= 0)
        view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    if (auto* model = view->model()) {
        auto* fitter = new ColumnFitter(view, std::move(adjust));
        QObject::connect(model, &QAbstractItemModel::modelReset, fitter, &ColumnFitter::fit);
    }
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
