#pragma once
// The PDF's first page (issue 16): the executive summary (core/report/executive_summary.h) before the
// details.
#include "core/report/executive_summary.h"
#include "widgets/report/pdf_canvas.h"

namespace near2::report {

void drawExecutiveSummary(PdfCanvas& canvas, const ExecutiveSummary& summary);

// The comparison table's cells as the PDF prints them: dim, A, B, B − A (signed), p (randomisation),
// p (t-test), with "< 0.0001" below the test's resolution. Shared by the summary and the details.
QStringList comparisonCells(int dim, const MetricComparison& metric);

} // namespace near2::report
