#pragma once
// The Pareto chart of a trade-off grid (Qt Charts): metric against bytes per vector or p50 latency on a log
// axis (ticks "32 B … 1 KiB" / "0.1, 1, 10 ms" from chart_axes.h), one scatter series per precision × index
// (colour: precision, marker: index type) and the front as a line. Each scatter series carries, per point,
// the cell index and its tooltip (charts::kPointCells, charts::kPointTips; chart_interaction.h).
#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_types.h"
#include "widgets/tradeoffs/tradeoff_points.h"

#include <QChart>
#include <QColor>
#include <QScatterSeries>

namespace near2::tradeoffs {

QColor precisionColor(Precision precision);
// The chart's words, as the Trade-offs page and the PDF report spell them: "ndcg@10 against memory", the x
// axis' title, the front's name and a series' name ("int8 · hnsw").
QString paretoTitle(const QString& metric, ParetoAxis axis);
QString paretoAxisTitle(ParetoAxis axis);
QString paretoFrontName();
QString pointGroupName(const PointGroup& group);

// A new chart the caller owns. Points sit at the log of their cost (the axis' positions).
QChart* createParetoChart(const TradeoffReport& report, std::size_t metricColumn, ParetoAxis axis);
// A point's tooltip: the cell (dim · precision · index (parameters)), its memory, latency and metric.
QString cellTip(const CellMeasure& cell, const QString& metric, std::size_t metricColumn);

// The cell a point of a scatter series built above stands for, or -1.
int cellAtPoint(const QXYSeries* series, const QPointF& point);

} // namespace near2::tradeoffs
