#pragma once
// The answer to "how small can the index get and keep its quality?": for each share (99%, 95%) of the
// full-dim fp32 flat cell's metric, the smallest cell of the grid that keeps at least that share. One
// function for the CLI's stdout, the CSV, the workbench's Trade-offs page and the PDF report; each front-end
// words the answer (English here for the CLI and the CSV).
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

inline constexpr double kKeptShares[] = {0.99, 0.95};

struct CompressionStatement
{
    std::size_t metricColumn = 0;
    double share = 0.99;        // of the reference's metric that must be kept
    double referenceValue = 0;  // fp32 flat at the full dim
    double referenceMemory = 0; // its bytes per vector (with index overhead)
    // The smallest cell (memory per vector, then the better metric, then the lower p50 latency) that keeps
    // the share and needs less memory than the reference; empty: nothing smaller keeps it.
    std::optional<std::size_t> cell;
    double value = 0;          // the cell's metric
    double kept = 0;           // value ÷ referenceValue
    double memory = 0;         // the cell's bytes per vector (with index overhead)
    double memoryFraction = 0; // memory ÷ referenceMemory
};

// Bytes a deployment holds per vector: codes (binary+rescore with its float32 vectors) and index overhead.
double memoryPerVector(const CellMeasure& cell);

// For ndcg@10 (compressionMetricColumn) and, when given and different, `chosenColumn`: one statement per
// share of kKeptShares. Funnels are not candidates. Empty when the grid is empty or the reference scores 0.
std::vector<CompressionStatement> compressionStatements(const TradeoffReport& report,
                                                        std::optional<std::size_t> chosenColumn = {});

// The grid's column of `metric` (a report's chosen metric), if the grid measured it.
std::optional<std::size_t> tradeoffColumnOf(const TradeoffReport& report, const std::string& metric);

// "1/16", "1/2.5", "75%" of the reference's memory.
std::string memoryFractionText(double fraction);
// "dim 96 · fp16 · HNSW (M=32,efC=200,efS=64)"
std::string cellLabel(const CellMeasure& cell);
// "ndcg@10 ≥ 99% of fp32 flat at dim 768 (0.4123): dim 96 · fp16 · HNSW keeps 99.2% in 1/16 of the memory
// (0.4090, 48 bytes per vector)" or "…: nothing smaller keeps 99%".
std::string statementText(const TradeoffReport& report, const CompressionStatement& statement);

} // namespace near2
