#pragma once
// Pareto fronts of the grid (quality up, cost down); the compression answers are in compression_statements.h.
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace near2 {

struct ParetoPoint
{
    double cost = 0;    // lower is better: bytes per vector, latency
    double quality = 0; // higher is better: a metric
};

// Indices of the points no other point dominates (cost ≤ and quality ≥, one strictly), by ascending cost.
// Of identical points only the first is kept.
std::vector<std::size_t> paretoFront(std::span<const ParetoPoint> points);

enum class ParetoAxis { BytesPerVector, LatencyP50 };
std::vector<std::size_t> paretoFront(std::span<const CellMeasure> cells, std::size_t metricColumn,
                                     ParetoAxis axis);

// The metric column the compression answers use: ndcg@10 when present, else the first ndcg column, else 0.
std::size_t compressionMetricColumn(const std::vector<std::string>& columns);

} // namespace near2
