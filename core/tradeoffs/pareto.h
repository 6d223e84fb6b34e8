#pragma once
// Pareto fronts of the grid (quality up, cost down) and the "largest compression within x% of the reference"
// answers: the shape of NEAR²'s 12× / 100× claims for one model and catalog.
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <optional>
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

struct CompressionAnswer
{
    std::size_t cell = 0;   // index into the cells
    double compression = 1; // reference bytes per vector ÷ this cell's
    double quality = 0;     // its metric value
};

// The cell with the largest compression whose metric stays ≥ (1 − tolerance) × the reference's
// (ties: the better metric). Funnel cells are not candidates. Empty when none qualifies.
std::optional<CompressionAnswer> largestCompressionWithin(std::span<const CellMeasure> cells,
                                                          std::size_t reference, std::size_t metricColumn,
                                                          double tolerance);

// The metric column the compression answers use: ndcg@10 when present, else the first ndcg column, else 0.
std::size_t compressionMetricColumn(const std::vector<std::string>& columns);

} // namespace near2
