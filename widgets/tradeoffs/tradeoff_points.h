#pragma once
// The points of the Pareto chart for a grid: one per cell with a positive x (log axis), grouped by
// precision × index into series, and the front (quality vs the chosen cost) in ascending cost.
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

} // namespace near2::tradeoffs
