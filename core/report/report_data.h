#pragma once
// Everything the PDF report shows, assembled once from a project (no Qt): the snapshot, the runs, the
// chosen dims and metric, and the tables of report_tables.h.
#include "core/report/applied_gains.h"
#include "core/report/chart_data.h"
#include "core/report/report_tables.h"
#include "core/report/run_comparison.h"
#include "core/store/run_provenance.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

struct ReportRequest
{
    std::vector<std::string> runs{}; // names or ids; empty: the shown run (view state), then the others
    int currentDim = 0;              // 0: the view state's "dim", else the middle dim of the first run
    int referenceDim = 0;            // 0: the view state's "referenceDim", else the largest dim
    std::string metric{};            // empty: the first column (e.g. ndcg@10)
    std::size_t worstCount = 10;
};

struct ReportData
{
    std::filesystem::path projectFile;
    ProjectSnapshot snapshot;
    std::vector<StoredRun> runs; // runs.front() is the report's main run
    int currentDim = 0, referenceDim = 0;
    std::string metric;
    std::size_t metricColumn = 0; // in runs.front()
    std::vector<AggregateRow> aggregate;
    std::vector<std::string> aggregateColumns;
    std::vector<QuerySlice> querySlices; // of the snapshot, with any rule's problem
    std::vector<SliceRow> slices;
    std::vector<Regression> worst;
    std::vector<Curve> curves; // metric against bytes per vector
    // The workbench's pair (comparisonPair with the project's view state: B the run its views show, A the one
    // compared with it; by default the second newest and the newest) with the same test, when there are two.
    std::optional<RunComparison> comparison;
    std::map<std::int64_t, RunProvenance> provenance; // by run id; runs stored before schema 5 have none
    std::vector<AppliedGain> gains;                   // the labels present with the gains they were given
};

// InputError for a missing project, no or incomplete runs, unknown names, dims or metric.
ReportData assembleReport(const std::filesystem::path& projectFile, const ReportRequest& request);

// The definitions the report prints for each metric column prefix and the gain map.
std::vector<std::pair<std::string, std::string>> metricDefinitions();

} // namespace near2
