#pragma once
// What frames a chart beyond its points, shared by the Charts tab (Qt Charts) and the PDF report (QPainter):
// its two tick axes, and the marker shapes its points are drawn with.
#include "core/report/chart_data.h"
#include "core/report/chart_ticks.h"

#include <vector>

namespace near2 {

struct ChartAxes
{
    AxisTicks x, y;
};

enum class MarkerShape { Circle, Square, Triangle, Star };

// The metric against memory: bytes per vector (or dim) on a log2 axis padded by half an octave, the metric
// on a linear axis over its range ± 0.02 within [0, 1]. Without points, both ranges sit around 1.
ChartAxes metricChartAxes(const std::vector<Curve>& curves, MemoryAxis axis, const NumberStyle& style);

} // namespace near2
