#include "widgets/report/pdf_charts.h"

#include "core/tradeoffs/tradeoff_names.h"
#include "widgets/charts/chart_axes.h"
#include "widgets/charts/chart_style.h"
#include "widgets/tradeoffs/pareto_chart.h"
#include "widgets/tradeoffs/tradeoff_points.h"

#include <QCoreApplication>

namespace near2::report {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() in this namespace.
    return QCoreApplication::translate("near2::report", text);
}

} // namespace

Plot memoryPlot(const ReportData& data)
{
    const QString metric = QString::fromStdString(data.metric);
    const ChartAxes axes = metricChartAxes(data.curves, MemoryAxis::BytesPerVector, charts::numberStyle());
    Plot plot{tr("%1 against memory per vector (large points: dim %2)").arg(metric).arg(data.currentDim),
              {axes.x, tr("Bytes per vector (float32, log scale)")},
              {axes.y, metric},
              {}};
    for (std::size_t run = 0; run < data.curves.size(); ++run) {
        const Curve& curve = data.curves[run];
        PlotSeries series{QString::fromStdString(curve.name),
                          charts::runColor(static_cast<int>(run), false),
                          true,
                          MarkerShape::Circle,
                          7.0,
                          14.0,
                          {}};
        for (const CurvePoint& point : curve.points)
            series.points.push_back(
                {point.x, point.y, QStringLiteral("d%1").arg(point.dim), point.dim == data.currentDim});
        plot.series.push_back(std::move(series));
    }
    return plot;
}

Plot paretoPlot(const TradeoffReport& grid, std::size_t metricColumn)
{
    const auto points = tradeoffs::chartPoints(grid, metricColumn, ParetoAxis::BytesPerVector);
    const QString metric =
        metricColumn < grid.columns.size() ? QString::fromStdString(grid.columns[metricColumn]) : QString();
    Plot plot{tr("%1 against memory").arg(metric), {{}, tr("bytes per vector (log)")}, {{}, metric}, {}};
    if (points.groups.empty()) {
        plot.title.clear(); // nothing to plot: the section's statements say why
        return plot;
    }
    const ChartAxes axes =
        tradeoffs::paretoAxes(grid, points, metricColumn, ParetoAxis::BytesPerVector, charts::numberStyle());
    plot.x.ticks = axes.x;
    plot.y.ticks = axes.y;
    const auto pointOf = [&](std::size_t cell) {
        return PlotPoint{grid.cells[cell].bytesPerVector, grid.cells[cell].metrics[metricColumn], {}, false};
    };
    if (!points.front.empty()) {
        PlotSeries front{tr("Pareto front"), Qt::gray, true, std::nullopt, 7.0, 14.0, {}};
        for (const std::size_t cell : points.front)
            front.points.push_back(pointOf(cell));
        plot.series.push_back(std::move(front));
    }
    for (const tradeoffs::PointGroup& group : points.groups) {
        const tradeoffs::PointMarker marker = tradeoffs::indexMarker(group.index);
        PlotSeries series{QStringLiteral("%1 · %2").arg(QString::fromUtf8(precisionName(group.precision)),
                                                        QString::fromUtf8(indexName(group.index))),
                          tradeoffs::precisionColor(group.precision),
                          false,
                          marker.shape,
                          marker.size,
                          marker.size,
                          {}};
        for (const std::size_t cell : group.cells)
            series.points.push_back(pointOf(cell));
        plot.series.push_back(std::move(series));
    }
    return plot;
}

} // namespace near2::report
