#pragma once
// Two runs side by side: at every dim both hold, for every metric both hold, the means of A and B, the delta
// B - A and the paired tests' p-values over the queries both runs evaluated (matched by query id).
#include "core/stats/paired_tests.h"
#include "core/store/project_data.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace near2 {

struct MetricComparison
{
    std::string column;
    double a = 0.0, b = 0.0, delta = 0.0; // means over the shared queries
    double pRandomisation = 1.0, pTTest = 1.0;
};

struct DimComparison
{
    int dim = 0;
    std::vector<MetricComparison> metrics;
};

struct RunComparison
{
    std::string runA, runB;
    std::size_t sharedQueries = 0;
    std::vector<DimComparison> dims;
};

// InputError when the runs share no dim, no metric or no query. The default options are the one test the
// workbench, the PDF, the CSV and `near2 compare` report (10,000 sign flips, seed 42).
RunComparison compareRuns(const StoredRun& a, const StoredRun& b,
                          const stats::RandomisationOptions& options = {});

// Which two runs are compared, as positions into `runIds`: A = the second newest (the second highest id),
// B = the newest, so B − A is what the newer run changed. The workbench's default pair and the report's.
// Empty below two runs.
std::optional<std::pair<std::size_t, std::size_t>>
defaultComparisonPair(const std::vector<std::int64_t>& runIds);

// The pair the workbench shows: B = run `shownRunId` (the run its views show), A = run `comparedRunId` (the
// one the analyst chose to compare with), each where `runIds` has it, else B the newest and A the newest
// other run. With neither, defaultComparisonPair. Empty below two runs.
std::optional<std::pair<std::size_t, std::size_t>>
comparisonPair(const std::vector<std::int64_t>& runIds, std::int64_t shownRunId, std::int64_t comparedRunId);

// comparisonPair with the ids a project's view state stores ("run", "comparedRun").
std::optional<std::pair<std::size_t, std::size_t>>
comparisonPair(const std::vector<std::int64_t>& runIds, const std::map<std::string, std::string>& viewState);

} // namespace near2
