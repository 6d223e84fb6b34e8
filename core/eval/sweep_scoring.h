#pragma once
// Metrics of the sweep's rankings: per query and averaged over every query of the split, at each dim.
#include <string>
#include <vector>

#include "core/eval/evaluation_plan.h"
#include "core/eval/metric_spec.h"
#include "core/search/top_k_lists.h"

namespace near2 {

struct EvaluationResult
{
    std::vector<int> dims;
    std::vector<std::string> columns;         // "ndcg@10", ...
    std::vector<std::string> queryIds;        // every query of the split
    std::vector<std::vector<double>> perQuery; // [dim][query * columns + column]
    std::vector<std::vector<double>> mean;     // [dim][column]

    double value(std::size_t dimIndex, std::size_t query, std::size_t column) const
    {
        return perQuery[dimIndex][query * columns.size() + column];
    }
};

struct ScoringOptions
{
    MetricSpec spec;
    double relevantThreshold = 1.0;
    bool judgedOnly = false; // drop unjudged products from each ranking before cutting (trec_eval -J)
};

// `rankings` holds one row per searchable query of `plan`, in plan order. Queries that could not be searched
// score 0, and count in the averages.
EvaluationResult scoreRankings(const EvaluationPlan& plan, const SweepResult& rankings, const ScoringOptions& options);

} // namespace near2
