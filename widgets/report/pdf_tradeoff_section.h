#pragma once
// The PDF report's trade-off section (issue 7), drawn when the project holds a trade-off grid: the
// compression statements (within 1% / 5% of fp32 flat at the full dim), the Pareto chart as vectors and the
// table of cells.
#include "core/report/report_data.h"
#include "widgets/report/pdf_canvas.h"

namespace near2::report {

void drawTradeoffs(PdfCanvas& canvas, const ReportData& data); // nothing without a grid

} // namespace near2::report
