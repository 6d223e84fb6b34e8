#include "widgets/report/pdf_charts.h"

#include "widgets/charts/chart_axes.h"
#include "widgets/charts/chart_builders.h"
#include "widgets/charts/chart_style.h"
#include "widgets/tradeoffs/pareto_chart.h"
#include "widgets/tradeoffs/tradeoff_points.h"

namespace near2::report {

Plot memoryPlot(const ReportData& data)
{
    const QString metric = QString::fromStdString(data.metric);
    const ChartAxes axes = metricChartAxes(data.curves, MemoryAxis::BytesPerVector, charts::numberStyle());
    Plot plot{charts::metricChartTitle(metric, MemoryAxis::BytesPerVector, data.currentDim),
              {axes.x, charts::memoryAxisTitle(MemoryAxis::BytesPerVector)},
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
    Plot plot{{}, {{}, tradeoffs::paretoAxisTitle(ParetoAxis::BytesPerVector)}, {{}, metric}, {}};
    if (points.groups.empty())
        return plot; // nothing to plot, no title: the section's statements say why
    plot.title = tradeoffs::paretoTitle(metric, ParetoAxis::BytesPerVector);
    const ChartAxes axes =
        tradeoffs::paretoAxes(grid, points, metricColumn, ParetoAxis::BytesPerVector, charts::numberStyle());
    plot.x.ticks = axes.x;
    plot.y.ticks = axes.y;
    const auto pointOf = [&](std::size_t cell) {
        return PlotPoint{grid.cells[cell].bytesPerVector, grid.cells[cell].metrics[metricColumn], {}, false};
    };
    if (!points.front.empty()) {
        PlotSeries front{tradeoffs::paretoFrontName(), Qt::gray, true, std::nullopt, 7.0, 14.0, {}};
        for (const std::size_t cell : points.front)
            front.points.push_back(pointOf(cell));
        plot.series.push_back(std::move(front));
    }
    for (const tradeoffs::PointGroup& group : points.groups) {
        const tradeoffs::PointMarker marker = tradeoffs::indexMarker(group.index);
        PlotSeries series{tradeoffs::pointGroupName(group),
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
