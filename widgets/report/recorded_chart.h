#pragma once
// A chart of the PDF report drawn into a QPicture (on any thread: plain QPainter work), played back as
// vectors into the document. The report's page layout fixes the chart's size.
#include <QPageLayout>
#include <QPicture>
#include <QSizeF>

namespace near2::report {

struct RecordedChart
{
    QPicture picture;
    QSizeF size;           // logical size it was drawn at
    double heightMm = 0.0; // its height on the page
};

// A4, portrait, margins 18/18/18/14 mm.
QPageLayout reportPageLayout();
// An empty picture at the page's width (720 logical units), `heightMm` high, to draw a chart into.
RecordedChart blankChart(double heightMm);

} // namespace near2::report
