#include "core/tradeoffs/pareto.h"

#include <algorithm>
#include <numeric>

namespace near2 {

std::vector<std::size_t> paretoFront(std::span<const ParetoPoint> points)
{
    std::vector<std::size_t> order(points.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (points[a].cost != points[b].cost)
            return points[a].cost < points[b].cost;
        return points[a].quality > points[b].quality;
    });
    std::vector<std::size_t> front;
    for (const std::size_t i : order)
        if (front.empty() || points[i].quality > points[front.back()].quality)
            front.push_back(i);
    return front;
}

std::vector<std::size_t> paretoFront(std::span<const CellMeasure> cells, std::size_t metricColumn,
                                     ParetoAxis axis)
{
    std::vector<ParetoPoint> points;
    points.reserve(cells.size());
    for (const auto& cell : cells)
        points.push_back({axis == ParetoAxis::BytesPerVector ? cell.bytesPerVector : cell.latencyP50Ms,
                          cell.metrics.at(metricColumn)});
    return paretoFront(points);
}

std::size_t compressionMetricColumn(const std::vector<std::string>& columns)
{
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c] == "ndcg@10")
            return c;
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].rfind("ndcg@", 0) == 0)
            return c;
    return 0;
}

} // namespace near2
