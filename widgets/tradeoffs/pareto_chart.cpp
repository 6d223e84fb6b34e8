#include "widgets/tradeoffs/pareto_chart.h"

#include "core/tradeoffs/tradeoff_names.h"
#include "widgets/charts/chart_axes.h"
#include "widgets/charts/chart_interaction.h"
#include "widgets/charts/chart_tips.h"
#include "widgets/tradeoffs/tradeoff_points.h"
#include "widgets/tradeoffs/tradeoff_text.h"

#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace near2::tradeoffs {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ParetoChart", text);
}

QScatterSeries::MarkerShape scatterShape(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case MarkerShape::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case MarkerShape::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case MarkerShape::Star:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

} // namespace

QColor precisionColor(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
        return QColor(0x1f, 0x77, 0xb4);
    case Precision::Fp16:
        return QColor(0x17, 0xbe, 0xcf);
    case Precision::Int8:
        return QColor(0xff, 0x7f, 0x0e);
    case Precision::Binary:
        return QColor(0xd6, 0x27, 0x28);
    case Precision::BinaryRescore:
        return QColor(0x94, 0x67, 0xbd);
    case Precision::ProductQuantized:
        return QColor(0x2c, 0xa0, 0x2c);
    }
    return Qt::gray;
}

QString paretoTitle(const QString& metric, ParetoAxis axis)
{
    return tr("%1 against %2").arg(metric, axis == ParetoAxis::BytesPerVector ? tr("memory") : tr("latency"));
}

QString paretoAxisTitle(ParetoAxis axis)
{
    return axis == ParetoAxis::BytesPerVector ? tr("bytes per vector (log)") : tr("p50 latency, ms (log)");
}

QString paretoFrontName()
{
    return tr("Pareto front");
}

QString pointGroupName(const PointGroup& group)
{
    return QStringLiteral("%1 · %2").arg(QString::fromUtf8(precisionName(group.precision)),
                                         QString::fromUtf8(indexName(group.index)));
}

QChart* createParetoChart(const TradeoffReport& report, std::size_t metricColumn, ParetoAxis axis)
{
    auto* chart = new QChart;
    const ChartPoints points = chartPoints(report, metricColumn, axis);
    const QString metric = metricColumn < report.columns.size()
                               ? QString::fromStdString(report.columns[metricColumn])
                               : QString();
    if (points.groups.empty())
        return chart; // no grid yet, no title: the page says so
    chart->setTitle(paretoTitle(metric, axis));
    const ChartAxes axes = paretoAxes(report, points, metricColumn, axis, charts::numberStyle());
    auto* x = charts::tickAxis(axes.x, paretoAxisTitle(axis));
    auto* y = charts::tickAxis(axes.y, metric);
    const auto pointOf = [&](std::size_t cell) {
        return QPointF(charts::axisPosition(x, costOf(report.cells[cell], axis)),
                       report.cells[cell].metrics[metricColumn]);
    };
    std::vector<QXYSeries*> series;
    for (const PointGroup& group : points.groups) {
        auto* scatter = new QScatterSeries;
        scatter->setName(pointGroupName(group));
        scatter->setColor(precisionColor(group.precision));
        scatter->setBorderColor(precisionColor(group.precision).darker(130));
        const PointMarker marker = indexMarker(group.index);
        scatter->setMarkerShape(scatterShape(marker.shape));
        scatter->setMarkerSize(marker.size);
        QVariantList cells;
        QStringList tips;
        for (const std::size_t cell : group.cells) {
            scatter->append(pointOf(cell));
            cells.append(static_cast<int>(cell));
            tips.append(cellTip(report.cells[cell], metric, metricColumn));
        }
        scatter->setProperty(charts::kPointCells, cells);
        scatter->setProperty(charts::kPointTips, tips);
        series.push_back(scatter);
    }
    if (!points.front.empty()) {
        auto* front = new QLineSeries;
        front->setName(paretoFrontName());
        front->setColor(Qt::gray);
        for (const std::size_t cell : points.front)
            front->append(pointOf(cell));
        series.insert(series.begin(), front); // drawn below the points
    }
    for (auto* each : series)
        chart->addSeries(each);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* each : series) {
        each->attachAxis(x);
        each->attachAxis(y);
    }
    // Below the plot, where its entries wrap into rows: on the right they were cut off at the chart's height.
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

QString cellTip(const CellMeasure& cell, const QString& metric, std::size_t metricColumn)
{
    const QLocale locale;
    QString tip = cellName(cell) + u'\n' +
                  tr("%1 per vector, index %2")
                      .arg(charts::bytesText(cell.bytesPerVector),
                           locale.formattedDataSize(static_cast<qint64>(cell.indexBytes)));
    if (cell.rescoreBytesPerVector > 0)
        tip +=
            u'\n' + tr("re-scoring reads %1 per vector").arg(charts::bytesText(cell.rescoreBytesPerVector));
    tip += u'\n' + tr("p50 %1 ms, %2 queries/s")
                       .arg(locale.toString(cell.latencyP50Ms, 'f', 3),
                            locale.toString(cell.queriesPerSecond, 'f', 0));
    if (metricColumn < cell.metrics.size())
        tip += u'\n' +
               QStringLiteral("%1 = %2").arg(metric, locale.toString(cell.metrics[metricColumn], 'f', 4));
    return tip;
}

int cellAtPoint(const QXYSeries* series, const QPointF& point)
{
    const QVariantList cells = series->property(charts::kPointCells).toList();
    const auto found = series->points().indexOf(point);
    if (found >= 0 && found < cells.size())
        return cells[found].toInt();
    // Hover/click positions may be off by rounding: take the nearest point in value space.
    qsizetype best = -1;
    double bestDistance = INFINITY;
    const auto all = series->points();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const double distance = std::abs(all[i].x() - point.x()) + std::abs(all[i].y() - point.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best >= 0 && best < cells.size() ? cells[best].toInt() : -1;
}

} // namespace near2::tradeoffs
