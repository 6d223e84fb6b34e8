#pragma once
// The points of the Pareto chart for a grid: one per cell with a positive x (log axis), grouped by
// precision × index into series, and the front (quality vs the chosen cost) in ascending cost; the axes and
// markers of that chart (the Trade-offs page and the PDF report draw it from these).
#include "core/report/chart_frame.h"
#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <vector>

namespace near2::tradeoffs {

struct PointGroup
{
    Precision precision = Precision::Fp32;
    IndexKind index = IndexKind::Flat;
    std::vector<std::size_t> cells; // into report.cells
};

struct ChartPoints
{
    std::vector<PointGroup> groups; // in order of first appearance
    std::vector<std::size_t> front; // cells on the front, ascending cost
};

// x of a cell: bytes per vector or p50 latency in ms.
double costOf(const CellMeasure& cell, ParetoAxis axis);
ChartPoints chartPoints(const TradeoffReport& report, std::size_t metricColumn, ParetoAxis axis);

// The chart's axes over `points` (which must hold a point): the cost on a log axis padded by half an octave
// (bytes) or 0.15 decade (latency), the metric over its range padded by 8% of it (at least 0.01).
ChartAxes paretoAxes(const TradeoffReport& report, const ChartPoints& points, std::size_t metricColumn,
                     ParetoAxis axis, const NumberStyle& style);

// How an index type's points are drawn: its shape, and a size (flat points larger, so that an approximate
// index's point at the same place stays visible inside them).
struct PointMarker
{
    MarkerShape shape = MarkerShape::Circle;
    double size = 8.0;
};
PointMarker indexMarker(IndexKind index);

} // namespace near2::tradeoffs
