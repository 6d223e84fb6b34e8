#pragma once
// What a manager reads first (issue 16): per run its full-dim metrics and the smallest dims that keep ≥ 99%
// and ≥ 95% of the full dim's value of the report's metric; the workbench's run comparison on that metric
// with its p-values; the slices that lose most at the current dim; the trade-off statements; the analyst's
// tags with their counts. One function for the PDF's first page and summary.csv.
#include "core/report/report_data.h"
#include "core/util/atomic_file.h"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

struct DimKeeping
{
    double share = 0.99;    // of the full dim's value
    std::optional<int> dim; // the smallest dim keeping it (the full dim itself when no smaller one does)
    double value = 0;       // the metric there
};

struct RunSummary
{
    std::string run;
    std::int64_t id = 0;
    int fullDim = 0;                  // the run's largest dim
    std::vector<std::string> columns; // every metric of the run
    std::vector<double> fullValues;   // at fullDim, per column
    double fullValue = 0;             // the report's metric at fullDim
    std::vector<DimKeeping> keeping;  // 99%, then 95%
};

struct SliceLoss
{
    std::string slice;
    int queries = 0;
    double current = 0, reference = 0; // the metric at the current and reference dims
};

struct TagCount
{
    std::string tag;
    std::size_t queries = 0;
};

struct ExecutiveSummary
{
    std::string metric;
    int currentDim = 0, referenceDim = 0;
    std::vector<RunSummary> runs;
    // The comparison's rows on the report's metric, one per dim (data.comparison: A, B as the workbench).
    std::string runA, runB;
    std::size_t sharedQueries = 0;
    std::vector<std::pair<int, MetricComparison>> comparison;
    std::vector<SliceLoss> slices;       // of the main run, losing most first; at most 3 that lose
    std::vector<std::string> statements; // the trade-off grid's compression statements (English)
    std::vector<TagCount> tags;          // most used first
};

ExecutiveSummary executiveSummary(const ReportData& data);

// summary.csv: section,run,dim,metric,value,detail, one row per number of the summary (p-values as
// formatPValue writes them).
std::unique_ptr<AtomicFile> writeSummaryCsv(const std::filesystem::path& file,
                                            const ExecutiveSummary& summary);

} // namespace near2
