#include "core/report/chart_frame.h"

#include <algorithm>
#include <cmath>

namespace near2 {

ChartAxes metricChartAxes(const std::vector<Curve>& curves, MemoryAxis axis, const NumberStyle& style)
{
    double low = 1.0, high = 0.0, left = INFINITY, right = 0.0;
    for (const auto& curve : curves)
        for (const auto& point : curve.points) {
            low = std::min(low, point.y);
            high = std::max(high, point.y);
            left = std::min(left, point.x);
            right = std::max(right, point.x);
        }
    if (!(right > 0.0))
        left = right = 1.0; // no points
    const bool byMemory = axis == MemoryAxis::BytesPerVector;
    return {log2Ticks(left, right, 10, byMemory ? TickFormat::Bytes : TickFormat::Dim, 0.5, style),
            linearTicks(std::max(0.0, low - 0.02), std::min(1.0, high + 0.02), 7, TickFormat::Number, style)};
}

} // namespace near2
