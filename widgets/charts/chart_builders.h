#pragma once
// Qt Charts built from the core's chart data (core/report/chart_data.h): each function returns a new QChart
// the caller owns (a QChartView takes it). Series carry the dim or query index a point stands for in
// `pointDims` / `pointQueries` properties so views can turn hovers and clicks into selections.
#include "core/report/chart_data.h"
#include "core/report/report_tables.h"

#include <QChart>
#include <QColor>
#include <QString>

namespace near2::charts {

// Metric against bytes per vector (log2 axis) or dim, one line per run, points labelled with their dim,
// the current dim marked with a larger point.
QChart* createMetricChart(const std::vector<Curve>& curves, const QString& metric, MemoryAxis axis,
                          int currentDim);
// Stacked-free overlay of one histogram line per label (E, S, C, I, unjudged), coloured by label.
QChart* createScoreChart(const ScoreDistribution& distribution, int dim);
// Histogram of the best-relevant minus best-non-relevant margin per query.
QChart* createMarginChart(const ScoreDistribution& distribution, int bins);
// Reference-dim rank against current-dim rank (log axes), one scatter per label.
QChart* createRankShiftChart(const std::vector<RankShiftPoint>& points, int k, int referenceDim,
                             int currentDim);
// Metric per slice at the current and the reference dim.
QChart* createSliceChart(const std::vector<SliceRow>& rows, const QString& metric, int currentDim,
                         int referenceDim);

// The colour of the metric curve of run `index`, readable on a light or a dark background.
QColor runColor(int index, bool dark);
bool isDark(const QPalette& palette); // a dark Base colour

// Applies the palette's base, text and grid colours to a chart, and the light or dark run colours to its
// metric curves.
void followPalette(QChart* chart, const QPalette& palette);

} // namespace near2::charts
