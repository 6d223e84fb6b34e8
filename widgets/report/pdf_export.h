#pragma once
// The PDF report, callable without Qt types (the `near2 report` command uses it): title page, summary table
// per dim, metric-vs-memory chart (vectors), per-slice table, the worst regressing queries with both
// rankings and annotations, the trade-off grid when the project has one, and the gain and metric definitions.
// Starts an offscreen QApplication when none runs. Written through a temporary file renamed into place;
// throws InputError on failure.
#include "core/report/report_data.h"

#include <filesystem>

namespace near2::report {

void exportPdfReport(const ReportData& data, const std::filesystem::path& file);

} // namespace near2::report
