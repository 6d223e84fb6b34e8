#pragma once
// A chart of the PDF report drawn with QPainter from plain data, with no Qt Charts items, so that any thread
// may draw it (the export's job: nothing of the report is drawn on the GUI thread). A title, two tick axes
// labelled as the Charts tab labels them (core/report/chart_ticks.h), series of markers with or without a
// line through them and with optional point labels, and a legend below the plot that wraps into rows. A point
// that cannot be placed (NaN, or ≤ 0 on a log axis) is left out, and its line broken there.
#include "core/report/chart_frame.h"
#include "widgets/report/recorded_chart.h"

#include <QColor>
#include <QString>
#include <optional>
#include <vector>

namespace near2::report {

struct PlotPoint
{
    double x = 0.0, y = 0.0; // data values: the axes place them (a log axis at their log)
    QString label;           // drawn beside the point, in the series' colour
    bool emphasised = false; // drawn at the series' emphasisedSize
};

struct PlotSeries
{
    QString name; // its legend entry; none when empty
    QColor colour;
    bool joined = false;               // a line through the points, in their order
    std::optional<MarkerShape> marker; // none: the line alone
    double markerSize = 7.0, emphasisedSize = 14.0;
    std::vector<PlotPoint> points;
};

struct PlotAxis
{
    AxisTicks ticks;
    QString title;
};

struct Plot
{
    QString title;
    PlotAxis x, y;
    std::vector<PlotSeries> series; // drawn in order: later series on top
};

// At the page's width, `heightMm` high, on white.
RecordedChart paintPlot(const Plot& plot, double heightMm);

} // namespace near2::report
