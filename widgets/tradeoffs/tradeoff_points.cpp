#include "widgets/tradeoffs/tradeoff_points.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace near2::tradeoffs {

double costOf(const CellMeasure& cell, ParetoAxis axis)
{
    return axis == ParetoAxis::BytesPerVector ? cell.bytesPerVector : cell.latencyP50Ms;
}

ChartPoints chartPoints(const TradeoffReport& report, std::size_t metricColumn, ParetoAxis axis)
{
    ChartPoints points;
    std::vector<CellMeasure> plotted; // the cells a log axis can show, for the front
    std::vector<std::size_t> plottedIndex;
    for (std::size_t i = 0; i < report.cells.size(); ++i) {
        const CellMeasure& cell = report.cells[i];
        if (costOf(cell, axis) <= 0 || metricColumn >= cell.metrics.size())
            continue;
        auto group = std::find_if(points.groups.begin(), points.groups.end(), [&](const PointGroup& g) {
            return g.precision == cell.spec.precision && g.index == cell.spec.index;
        });
        if (group == points.groups.end()) {
            points.groups.push_back(PointGroup{cell.spec.precision, cell.spec.index, {}});
            group = std::prev(points.groups.end());
        }
        group->cells.push_back(i);
        plotted.push_back(cell);
        plottedIndex.push_back(i);
    }
    for (const std::size_t p : paretoFront(plotted, metricColumn, axis))
        points.front.push_back(plottedIndex[p]);
    return points;
}

ChartAxes paretoAxes(const TradeoffReport& report, const ChartPoints& points, std::size_t metricColumn,
                     ParetoAxis axis, const NumberStyle& style)
{
    double low = INFINITY, high = 0, bottom = INFINITY, top = -INFINITY;
    for (const PointGroup& group : points.groups)
        for (const std::size_t cell : group.cells) {
            low = std::min(low, costOf(report.cells[cell], axis));
            high = std::max(high, costOf(report.cells[cell], axis));
            bottom = std::min(bottom, report.cells[cell].metrics[metricColumn]);
            top = std::max(top, report.cells[cell].metrics[metricColumn]);
        }
    const double margin = std::max(0.01, (top - bottom) * 0.08);
    return {axis == ParetoAxis::BytesPerVector ? log2Ticks(low, high, 10, TickFormat::Bytes, 0.5, style)
                                               : log10Ticks(low, high, 9, TickFormat::Number, 0.15, style),
            linearTicks(std::max(0.0, bottom - margin), top + margin, 7, TickFormat::Number, style)};
}

PointMarker indexMarker(IndexKind index)
{
    switch (index) {
    case IndexKind::Flat:
        return {MarkerShape::Circle, 13.0};
    case IndexKind::Hnsw:
        return {MarkerShape::Square, 8.0};
    case IndexKind::IvfPq:
        return {MarkerShape::Triangle, 8.0};
    case IndexKind::Funnel:
        return {MarkerShape::Star, 8.0};
    }
    return {};
}

} // namespace near2::tradeoffs
