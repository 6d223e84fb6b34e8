#pragma once
// The PDF report's two data charts as plots (plot_picture.h), from the same core data, axes and colours as
// the Charts tab's metric chart and the Trade-offs page's Pareto chart.
#include "core/report/report_data.h"
#include "widgets/report/plot_picture.h"

#include <cstddef>

namespace near2::report {

// The metric against bytes per vector, a line per run, points labelled with their dim, the current dim's
// points larger.
Plot memoryPlot(const ReportData& data);
// The grid's `metricColumn` against bytes per vector: the Pareto front, then a series per precision × index.
Plot paretoPlot(const TradeoffReport& grid, std::size_t metricColumn);

} // namespace near2::report
