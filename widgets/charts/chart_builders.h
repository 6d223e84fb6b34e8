#pragma once
// Qt Charts built from the core's chart data (core/report/chart_data.h): each function returns a new QChart
// the caller owns (a QChartView takes it). The Charts tab and its PNG/SVG export draw with these same
// functions, so they cannot differ; the PDF paints the metric chart with QPainter from the same curves, axes
// (core/report/chart_frame.h) and run colours (widgets/report/pdf_charts.h). Every axis comes from
// chart_axes.h (ticks labelled "8, 16, 32 …", "32 B … 1 KiB", integer counts), and every point carries its
// tooltip and what a click selects (chart_interaction.h).
#include "core/report/chart_data.h"
#include "core/report/report_tables.h"
#include "widgets/charts/chart_style.h"

#include <QChart>
#include <QString>

namespace near2::charts {

// The metric chart's title and x axis' title, as the Charts tab and the PDF report word them.
QString metricChartTitle(const QString& metric, MemoryAxis axis, int currentDim);
QString memoryAxisTitle(MemoryAxis axis);
// Metric against bytes per vector or dim (both log2 axes), one line per run, points labelled with their
// dim, the current dim marked with a larger point.
QChart* createMetricChart(const std::vector<Curve>& curves, const QString& metric, MemoryAxis axis,
                          int currentDim);
// One histogram line per label found (E, S, C, I or grades, unjudged), coloured by label; the y axis shows
// counts, each label's share of its products, or counts on a log axis. `run` names the run in tooltips.
QChart* createScoreChart(const ScoreDistribution& distribution, int dim,
                         CountScale scale = CountScale::Counts, const QString& run = QString());
// Histogram of the best-relevant minus best-non-relevant margin per query, in at most `maxBins` bins of a
// round width, the x axis labelled at round margins.
QChart* createMarginChart(const ScoreDistribution& distribution, int maxBins);
// Reference-dim rank against current-dim rank (log axes; products outside the top k at "> k"), one
// scatter per label. With `snapshot`, tooltips name the query and the product.
QChart* createRankShiftChart(const std::vector<RankShiftPoint>& points, int k, int referenceDim,
                             int currentDim, const ProjectSnapshot* snapshot = nullptr,
                             const QString& run = QString());
// Metric per slice at the current and the reference dim (horizontal bars: slice names read in full).
QChart* createSliceChart(const std::vector<SliceRow>& rows, const QString& metric, int currentDim,
                         int referenceDim);

} // namespace near2::charts
