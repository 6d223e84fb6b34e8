#pragma once
// The sections of the PDF report, each drawn on the canvas from the assembled report data.
#include "core/report/report_data.h"
#include "widgets/report/pdf_canvas.h"

namespace near2::report {

void drawTitlePage(PdfCanvas& canvas, const ReportData& data); // the title, project and date
void drawSources(PdfCanvas& canvas, const ReportData& data);   // dataset, each run's model, settings
void drawSummary(PdfCanvas& canvas, const ReportData& data);
void drawMemoryChart(PdfCanvas& canvas, const ReportData& data);
void drawSlices(PdfCanvas& canvas, const ReportData& data);
void drawComparison(PdfCanvas& canvas, const ReportData& data); // nothing without a second run
void drawRegressions(PdfCanvas& canvas, const ReportData& data);
void drawDefinitions(PdfCanvas& canvas, const ReportData& data);

} // namespace near2::report
