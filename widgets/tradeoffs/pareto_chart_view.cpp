#include "widgets/tradeoffs/pareto_chart_view.h"

#include "widgets/charts/chart_builders.h"
#include "widgets/tradeoffs/pareto_chart.h"
#include "widgets/tradeoffs/tradeoff_text.h"

#include <QCursor>
#include <QEvent>
#include <QScatterSeries>
#include <QToolTip>

namespace near2::tradeoffs {

ParetoChartView::ParetoChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
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
    const TradeoffReport& report = m_report ? *m_report : empty;
    QChart* built = createParetoChart(report, m_metricColumn, m_axis);
    charts::followPalette(built, palette());
    const QString metric = m_metricColumn < report.columns.size()
                               ? QString::fromStdString(report.columns[m_metricColumn])
                               : QString();
    for (auto* series : built->series()) {
        auto* scatter = qobject_cast<QScatterSeries*>(series);
        if (!scatter)
            continue;
        connect(scatter, &QScatterSeries::hovered, this,
                [this, scatter, metric](const QPointF& point, bool on) {
                    const int cell = cellAtPoint(scatter, point);
                    if (!on || cell < 0 || !m_report)
                        QToolTip::hideText();
                    else
                        QToolTip::showText(QCursor::pos(),
                                           cellDescription(m_report->cells[static_cast<std::size_t>(cell)],
                                                           metric, m_metricColumn),
                                           this);
                });
        // Emitted later: a click may rebuild the chart (through the selection), deleting the clicked series.
        connect(scatter, &QScatterSeries::clicked, this, [this, scatter](const QPointF& point) {
            const int cell = cellAtPoint(scatter, point);
            if (cell >= 0)
                QMetaObject::invokeMethod(
                    this, [this, cell] { Q_EMIT cellClicked(cell); }, Qt::QueuedConnection);
        });
    }
    QChart* old = chart();
    setChart(built);
    delete old;
}

} // namespace near2::tradeoffs
