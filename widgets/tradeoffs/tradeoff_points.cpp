#include "widgets/tradeoffs/tradeoff_points.h"

#include <algorithm>
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

} // namespace near2::tradeoffs
