#pragma once
// The PDF report: title page, summary table per dim, metric-vs-memory chart (vectors), per-slice table, the
// worst regressing queries with both rankings and annotations, the trade-off grid when the project has one,
// and the gain and metric definitions. Written through a temporary file renamed into place; throws InputError
// on failure.
//
// In two halves, because the charts are QtCharts items (QGraphicsWidgets, which live on the GUI thread) while
// the rest is plain QPainter work on a QPdfWriter, which any thread may do: recordReportCharts() draws the
// charts into QPictures on the GUI thread, writePdfReport() lays out the document and plays them back in a
// job. The charts come from the same builders as the Charts tab and the PNG/SVG export.
#include "core/report/report_data.h"
#include "core/util/progress.h"
#include "widgets/report/recorded_chart.h"

#include <filesystem>
#include <optional>

namespace near2::report {

struct ReportCharts
{
    RecordedChart memory;                   // the metric against memory
    std::optional<RecordedChart> tradeoffs; // the Pareto chart, when the project holds a grid
};

// GUI thread (a QApplication must exist).
ReportCharts recordReportCharts(const ReportData& data);
// Any thread.
void writePdfReport(const ReportData& data, const ReportCharts& charts, const std::filesystem::path& file,
                    const JobControl& job = {});
// Both, on the application's thread (`near2 report`, tests).
void exportPdfReport(const ReportData& data, const std::filesystem::path& file);

} // namespace near2::report
