#pragma once
// The PDF report: title page, summary table per dim, metric-vs-memory chart (vectors), per-slice table, the
// worst regressing queries with both rankings and annotations, the trade-off grid when the project has one,
// and the gain and metric definitions. Written through a temporary file renamed into place; throws InputError
// on failure.
//
// Every part, the charts included, is plain QPainter work on a QPdfWriter (the charts are drawn from core
// chart data, not Qt Charts items), so the export's job writes the whole document off the GUI thread.
#include "core/report/report_data.h"
#include "core/util/progress.h"

#include <filesystem>

namespace near2::report {

// Any thread (a QGuiApplication must exist: fonts). Progress per section; cancelling drops the partial file.
void writePdfReport(const ReportData& data, const std::filesystem::path& file, const JobControl& job = {});

} // namespace near2::report
