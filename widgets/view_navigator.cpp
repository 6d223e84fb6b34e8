#include "widgets/view_navigator.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <algorithm>

namespace near2::widgets {

ViewNavigator::ViewNavigator(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_pages(new QTabWidget(this))
{
    m_list->setObjectName(QStringLiteral("viewList"));
    m_list->setAccessibleName(tr("Views"));
    m_list->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_list->setFocusPolicy(Qt::TabFocus);
    m_pages->tabBar()->hide();
    m_pages->setDocumentMode(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_pages, 1);
    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QTabWidget::setCurrentIndex);
    connect(m_pages, &QTabWidget::currentChanged, m_list,
            [this](int index) { m_list->setCurrentRow(index); });
}

int ViewNavigator::addView(QWidget* view, const QString& title, const QKeySequence& shortcut)
{
    const int index = m_pages->addTab(view, title);
    auto* item = new QListWidgetItem(title, m_list);
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    fitListWidth();
    return index;
}

void ViewNavigator::showView(int index)
{
    m_pages->setCurrentIndex(index);
    if (auto* view = m_pages->currentWidget())
        view->setFocus(Qt::ShortcutFocusReason);
}

void ViewNavigator::fitListWidth()
{
    int widest = 0;
    for (int row = 0; row < m_list->count(); ++row)
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(m_list->item(row)->text()));
    m_list->setFixedWidth(widest + 3 * m_list->fontMetrics().averageCharWidth() + 2 * m_list->frameWidth());
}

} // namespace near2::widgets
