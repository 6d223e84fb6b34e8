#include "widgets/explore/failure_explorer_panel.h"

#include "widgets/explore/product_pane.h"
#include "widgets/explore/query_map_view.h"
#include "widgets/explore/rank_by_dim_chart.h"
#include "widgets/explore/rank_by_dim_model.h"
#include "widgets/explore/segment_chart_view.h"
#include "widgets/locale_numbers.h"
#include "widgets/table_setup.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace near2::widgets {

FailureExplorerPanel::FailureExplorerPanel(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_rankByDim(new RankByDimModel(this)),
      m_rankByDimView(new QTableView), m_rankChart(new RankByDimChart), m_gaps(new QLabel),
      m_note(new QLabel), m_segments(new SegmentChartView), m_map(new QueryMapView),
      m_product(new ProductPane)
{
    m_rankByDimView->setModel(m_rankByDim);
    m_rankByDimView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rankByDimView->setTextElideMode(Qt::ElideMiddle); // model numbers sit at the end of titles
    m_rankByDimView->verticalHeader()->hide();
    // Columns fit the rows in sight, not every relevant product (a query can have hundreds): sizing all of
    // them on each new query held the GUI thread (issue 14).
    m_rankByDimView->horizontalHeader()->setResizeContentsPrecision(0);
    m_gaps->setWordWrap(true);
    m_gaps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* ranks = new QWidget;
    auto* ranksLayout = new QVBoxLayout(ranks);
    ranksLayout->setContentsMargins(0, 0, 0, 0);
    auto* chartAndTable = new QSplitter(Qt::Vertical);
    chartAndTable->setChildrenCollapsible(false);
    chartAndTable->addWidget(m_rankChart);
    chartAndTable->addWidget(m_rankByDimView);
    chartAndTable->setStretchFactor(0, 1);
    chartAndTable->setStretchFactor(1, 1);
    ranksLayout->addWidget(chartAndTable, 1);
    ranksLayout->addWidget(m_gaps);
    m_tabs->addTab(ranks, tr("Rank by dim"));
    m_tabs->addTab(m_segments, tr("Score by segment"));
    m_tabs->addTab(m_map, tr("Map"));
    m_tabs->addTab(m_product, tr("Product"));
    // Every tab reachable beside a narrow inspector (no scroll arrows hiding the last ones at 1280 px): long
    // titles elide, and each says its whole name on hover.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabToolTip(tab, m_tabs->tabText(tab));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addWidget(m_tabs);
    connect(m_rankByDim, &QAbstractItemModel::modelReset, this, &FailureExplorerPanel::updateGapLine);
    connect(m_rankByDim, &QAbstractItemModel::modelReset, this,
            [this] { m_rankChart->setResult(m_rankByDim->result(), m_rankByDim->titles()); });
    connect(m_rankByDim, &QAbstractItemModel::modelReset, this, [this] {
        // The ranks by dim stay in sight beside a narrow inspector: the title column gets at most a third.
        fitColumnsNow(m_rankByDimView, [this] {
            const int titleWidth = std::max(80, m_rankByDimView->viewport()->width() / 3);
            if (m_rankByDimView->columnWidth(0) > titleWidth)
                m_rankByDimView->setColumnWidth(0, titleWidth);
        });
    });
    updateGapLine();
}

QString FailureExplorerPanel::gapText() const
{
    return m_gaps->text();
}

void FailureExplorerPanel::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString FailureExplorerPanel::note() const
{
    return m_note->text();
}

void FailureExplorerPanel::updateGapLine()
{
    const auto& result = m_rankByDim->result();
    QStringList gaps;
    for (const auto& gap : result.gaps)
        gaps << (gap.gap ? tr("%1: %2").arg(gap.dim).arg(localeSigned(*gap.gap, 4))
                         : tr("%1: ?").arg(gap.dim));
    m_gaps->setText(gaps.isEmpty() ? QString()
                                   : tr("Score gap by dim: %1").arg(gaps.join(QStringLiteral(", "))));
}

} // namespace near2::widgets
