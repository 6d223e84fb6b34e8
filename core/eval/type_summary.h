#pragma once
// Metrics per query type: the mean of every column at every dim over the queries of each type, for
// `near2 eval --query-types auto` (summary.csv rows "<type>:<dim>", docs/cli.md).
#include "core/eval/sweep_scoring.h"

#include <cstddef>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace near2 {

struct TypeSummary
{
    std::string type;
    std::size_t queries = 0;
    std::vector<std::vector<double>> mean; // [dim][column], as EvaluationResult::mean
};

// One summary per type named in `typeOfQuery` (query id → type; queries without an entry or with an empty
// type are left out), in type-name order. The means are over the result's queries of that type.
std::vector<TypeSummary> summariseByType(const EvaluationResult& result,
                                         const std::map<std::string, std::string>& typeOfQuery);

// The rows summary.csv gains: per type, one row per dim whose first field is "<type>:<dim>", then the
// float32 bytes per vector and the type's means in `result`'s column order.
void writeTypeSummaryRows(std::ostream& out, const EvaluationResult& result,
                          const std::vector<TypeSummary>& summaries);

// [{"type": …, "queries": n, "summary": [{"dim": …, "bytes_per_vector": …, "<column>": …}, …]}, …]
nlohmann::json typeSummaryJson(const EvaluationResult& result, const std::vector<TypeSummary>& summaries);

// The console table of `near2 eval` ("dim bytes <column>…", one line per dim) for the means `mean`.
std::string metricTable(const std::vector<int>& dims, const std::vector<std::string>& columns,
                        const std::vector<std::vector<double>>& mean);

} // namespace near2
