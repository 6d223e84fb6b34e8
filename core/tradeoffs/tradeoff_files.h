#pragma once
// tradeoffs.csv and the printed summary of a trade-off run (the 1% / 5% compression answers, the fronts).
#include "core/tradeoffs/tradeoff_types.h"
#include "core/util/atomic_file.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace near2 {

// dim,precision,index,params,bytes_per_vector,index_bytes,build_s,latency_p50_ms,latency_p95_ms,qps,threads,
// then the metric columns.
std::vector<std::string> tradeoffCsvHeader(const std::vector<std::string>& metricColumns);
// One row per cell (funnels: index "funnel", the spec in params). Uncommitted: the caller commits. With the
// catalog's `rows`, a last column "warnings" carries FAISS's training warnings (training_warnings.h).
std::unique_ptr<AtomicFile> writeTradeoffCsv(const std::filesystem::path& file, const TradeoffReport& report,
                                             std::size_t rows = 0);

// compressionStatements() worded, one line each: "ndcg@10 ≥ 99% of fp32 flat at dim 768 (0.4123): dim 96 ·
// fp16 · flat keeps 99.2% in 1/2 of the memory (…)" or "…: nothing smaller keeps 99%".
std::vector<std::string> compressionSummary(const TradeoffReport& report,
                                            std::optional<std::size_t> chosenColumn = {});
// compression.csv: one row per statement (metric, share, the reference, the cell or empty fields, the
// statement's text). The rows alone serve the report's summary CSV.
std::vector<std::string> compressionCsvHeader();
void writeCompressionCsvRows(std::ostream& out, const TradeoffReport& report,
                             std::optional<std::size_t> chosenColumn = {});
std::unique_ptr<AtomicFile> writeCompressionCsv(const std::filesystem::path& file,
                                                const TradeoffReport& report,
                                                std::optional<std::size_t> chosenColumn = {});
// "16:200,64:50,768:10: ndcg@10 0.41, p50 1.2 ms, 3.1 MFLOP/query" per funnel.
std::vector<std::string> funnelSummary(const TradeoffReport& report);
// Cells on the quality-vs-bytes front, cheapest first, one line each.
std::vector<std::string> frontSummary(const TradeoffReport& report);

} // namespace near2
