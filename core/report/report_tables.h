#pragma once
// The tables a report shows and exports, assembled from stored runs and the project's catalogue: aggregate
// metrics per run and dim, per-query metrics with slices and annotations, metrics per slice, the queries
// that lose most between a reference dim and the current dim, and a query's ranking at one dim.
#include "core/slices/query_slices.h"
#include "core/store/project_data.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

struct AggregateRow
{
    std::string run;
    int dim = 0;
    std::size_t bytesPerVector = 0;            // float32
    std::vector<std::optional<double>> values; // per column of aggregateColumns(); empty when absent
};

// Every column of every run, in first-seen order.
std::vector<std::string> aggregateColumns(const std::vector<StoredRun>& runs);
std::vector<AggregateRow> aggregateRows(const std::vector<StoredRun>& runs);

// One row per query of the run (queries of the run missing from the catalogue keep empty text).
struct QueryRow
{
    std::string queryId, text, type, slices, tag, note; // slices: names but "All queries", joined with "; "
    std::size_t queryIndex = 0;                         // in the run
};
std::vector<QueryRow> queryRows(const StoredRun& run, const ProjectSnapshot& snapshot,
                                const std::vector<QuerySlice>& slices);

// Mean of `column` over each slice's queries at `dim`; slices with no query of the run are skipped.
struct SliceRow
{
    std::string slice;          // sliceName()
    std::size_t sliceIndex = 0; // in `slices`
    int queries = 0;
    double current = 0.0, reference = 0.0;
};
std::vector<SliceRow> sliceRows(const StoredRun& run, const ProjectSnapshot& snapshot,
                                const std::vector<QuerySlice>& slices, std::size_t column, int currentDim,
                                int referenceDim);

struct RankedProduct
{
    int rank = 0;                        // 1-based
    std::string productId, title, label; // label empty when unjudged
    double gain = 0.0;
    float score = 0.0f;
};
// The stored top-k of one query at one dim (rankings are in the catalogue's query order).
std::vector<RankedProduct> rankingAt(const StoredRun& run, const ProjectSnapshot& snapshot,
                                     std::size_t queryIndex, int dim);

struct Regression
{
    std::size_t queryIndex = 0;
    std::string queryId, text, tag, note;
    double reference = 0.0, current = 0.0; // `column` at both dims
    std::vector<RankedProduct> referenceRanking, currentRanking;
};
// The `count` queries whose `column` drops most from `referenceDim` to `currentDim` (drops only, largest
// first; ties by query id).
std::vector<Regression> worstRegressions(const StoredRun& run, const ProjectSnapshot& snapshot,
                                         std::size_t column, int currentDim, int referenceDim,
                                         std::size_t count);

// Index of `dim` in the run's dims; InputError naming the run's dims when absent.
std::size_t dimIndex(const StoredRun& run, int dim);

} // namespace near2
