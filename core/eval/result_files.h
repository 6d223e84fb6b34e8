#pragma once
// The files `near2 eval` writes: summary.csv, per_query.csv, run_<dim>.trec, and the JSON summary.
// Each writer returns an uncommitted AtomicFile so callers can commit all outputs together at the end.
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/data/dataset.h"
#include "core/eval/sweep_scoring.h"
#include "core/util/atomic_file.h"

namespace near2 {

// Header: dim,bytes_per_vector,<metric>@<k>… ; one row per dim.
std::unique_ptr<AtomicFile> writeSummaryCsv(const std::filesystem::path& file, const EvaluationResult& result);
// Header: query_id,dim,<metric>@<k>… ; one row per query and dim.
std::unique_ptr<AtomicFile> writePerQueryCsv(const std::filesystem::path& file, const EvaluationResult& result);
// TREC six-column run of one dim: "qid Q0 docid rank score tag", scores printed to round-trip a float.
std::unique_ptr<AtomicFile> writeTrecRun(const std::filesystem::path& file, const EvaluationPlan& plan,
                                         const TopKLists& rankings, const std::vector<Record>& corpus,
                                         const std::string& tag);

nlohmann::json summaryJson(const EvaluationResult& result);

// Metric values as written to CSV: fixed, 6 decimals.
std::string formatMetric(double value);

} // namespace near2
