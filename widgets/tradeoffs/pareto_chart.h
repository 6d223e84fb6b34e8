#pragma once
// The Pareto chart of a trade-off grid (Qt Charts): metric against bytes per vector or p50 latency on a log
// axis, one scatter series per precision × index (colour: precision, marker: index type) and the front as
// a line. Each scatter series carries the cell index of every point in its "pointCells" property.
#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <QChart>
#include <QColor>
#include <QScatterSeries>

namespace near2::tradeoffs {

QColor precisionColor(Precision precision);
QScatterSeries::MarkerShape indexMarker(IndexKind index);

// A new chart the caller owns.
QChart* createParetoChart(const TradeoffReport& report, std::size_t metricColumn, ParetoAxis axis);

// The cell a point of a scatter series built above stands for, or -1.
int cellAtPoint(const QXYSeries* series, const QPointF& point);

} // namespace near2::tradeoffs
