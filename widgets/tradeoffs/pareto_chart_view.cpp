#include "widgets/tradeoffs/pareto_chart_view.h"

#include "widgets/charts/chart_interaction.h"
#include "widgets/charts/chart_style.h"
#include "widgets/tradeoffs/pareto_chart.h"

#include <QEvent>

namespace near2::tradeoffs {

ParetoChartView::ParetoChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(320);
    charts::makeInteractive(this, {.onCell = [this](int cell) { Q_EMIT cellClicked(cell); }});
    rebuild();
}

void ParetoChartView::setReport(std::shared_ptr<const TradeoffReport> report, std::size_t metricColumn,
                                ParetoAxis axis)
{
    m_report = std::move(report);
    m_metricColumn = metricColumn;
    m_axis = axis;
    rebuild();
}

void ParetoChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        charts::followPalette(chart(), palette());
}

void ParetoChartView::rebuild()
{
    static const TradeoffReport empty;
    QChart* built = createParetoChart(m_report ? *m_report : empty, m_metricColumn, m_axis);
    charts::followPalette(built, palette());
    QChart* old = chart();
    setChart(built);
    delete old;
}

} // namespace near2::tradeoffs
