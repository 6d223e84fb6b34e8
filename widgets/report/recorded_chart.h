#pragma once
// A chart of the PDF report drawn once into a QPicture on the GUI thread (QtCharts items are widgets), to be
// played back as vectors into the document on any thread. The report's page layout fixes the chart's size.
#include <QPageLayout>
#include <QPicture>
#include <QSizeF>

class QChart;

namespace near2::report {

struct RecordedChart
{
    QPicture picture;
    QSizeF size;           // logical size it was drawn at
    double heightMm = 0.0; // its height on the page
};

// A4, portrait, margins 18/18/18/14 mm.
QPageLayout reportPageLayout();
// Draws `chart` (taken and deleted) at the page's width, `heightMm` high, for the PDF (white, no shadow).
RecordedChart recordChart(QChart* chart, double heightMm);

} // namespace near2::report
