#pragma once
// The PDF report's segment charts for the worst queries (issue 17): for each query that loses most, where
// the wrong product wins, segment by segment of the nested dims (core/session/report_segments.h), drawn as
// vectors with QPainter (no chart widgets, so it runs in the report's job). Reads the project's embeddings;
// when they cannot be read, says so in one paragraph and the report goes on.
#include "core/report/report_data.h"
#include "core/session/report_segments.h"
#include "widgets/report/pdf_canvas.h"
#include "widgets/report/recorded_chart.h"

namespace near2::report {

// Bars of both products' contributions to the cosine at the current dim, one pair per segment.
RecordedChart drawSegmentBars(const session::QuerySegments& segments, double heightMm);
void drawWorstQuerySegments(PdfCanvas& canvas, const ReportData& data);

} // namespace near2::report
