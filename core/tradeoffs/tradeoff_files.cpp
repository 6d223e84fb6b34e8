#include "core/tradeoffs/tradeoff_files.h"

#include "core/eval/result_files.h"
#include "core/tradeoffs/compression_statements.h"
#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/training_warnings.h"
#include "core/util/csv_writer.h"

#include <fmt/format.h>

namespace near2 {

std::vector<std::string> tradeoffCsvHeader(const std::vector<std::string>& metricColumns)
{
    std::vector<std::string> header{
        "dim",     "precision",      "index",          "params", "bytes_per_vector", "index_bytes",
        "build_s", "latency_p50_ms", "latency_p95_ms", "qps",    "threads"};
    header.insert(header.end(), metricColumns.begin(), metricColumns.end());
    return header;
}

std::unique_ptr<AtomicFile> writeTradeoffCsv(const std::filesystem::path& file, const TradeoffReport& report,
                                             std::size_t rows)
{
    auto out = std::make_unique<AtomicFile>(file);
    auto header = tradeoffCsvHeader(report.columns);
    if (rows > 0)
        header.push_back("warnings");
    writeCsvRow(out->stream(), header);
    for (const auto& cell : report.cells) {
        std::vector<std::string> row{std::to_string(cell.spec.dim),
                                     precisionName(cell.spec.precision),
                                     indexName(cell.spec.index),
                                     cell.params,
                                     fmt::format("{}", cell.bytesPerVector),
                                     std::to_string(cell.indexBytes),
                                     fmt::format("{:.6f}", cell.buildSeconds),
                                     fmt::format("{:.6f}", cell.latencyP50Ms),
                                     fmt::format("{:.6f}", cell.latencyP95Ms),
                                     fmt::format("{:.1f}", cell.queriesPerSecond),
                                     std::to_string(cell.threads)};
        for (const double value : cell.metrics)
            row.push_back(formatMetric(value));
        if (rows > 0) {
            // A grid stored before cells recorded their warnings: the same warnings, worked out again.
            const auto recorded = cell.warnings.empty() ? trainingWarnings(cell.spec, rows) : cell.warnings;
            std::string warnings;
            for (const auto& warning : recorded)
                warnings += (warnings.empty() ? "" : "; ") + warning;
            row.push_back(warnings);
        }
        writeCsvRow(out->stream(), row);
    }
    return out;
}

std::vector<std::string> compressionSummary(const TradeoffReport& report,
                                            std::optional<std::size_t> chosenColumn)
{
    std::vector<std::string> lines;
    for (const CompressionStatement& statement : compressionStatements(report, chosenColumn))
        lines.push_back(statementText(report, statement));
    return lines;
}

std::vector<std::string> compressionCsvHeader()
{
    return {"metric",
            "share",
            "reference_value",
            "reference_bytes_per_vector",
            "dim",
            "precision",
            "index",
            "params",
            "value",
            "kept",
            "bytes_per_vector",
            "memory_fraction",
            "statement"};
}

void writeCompressionCsvRows(std::ostream& out, const TradeoffReport& report,
                             std::optional<std::size_t> chosenColumn)
{
    for (const CompressionStatement& statement : compressionStatements(report, chosenColumn)) {
        std::vector<std::string> row{
            report.columns[statement.metricColumn], fmt::format("{}", statement.share),
            formatMetric(statement.referenceValue), fmt::format("{}", statement.referenceMemory)};
        if (statement.cell) {
            const CellMeasure& cell = report.cells[*statement.cell];
            for (std::string field :
                 {std::to_string(cell.spec.dim), std::string(precisionName(cell.spec.precision)),
                  std::string(indexName(cell.spec.index)), cell.params, formatMetric(statement.value),
                  fmt::format("{:.6f}", statement.kept), fmt::format("{}", statement.memory),
                  fmt::format("{:.6f}", statement.memoryFraction)})
                row.push_back(std::move(field));
        } else {
            row.insert(row.end(), 8, std::string());
        }
        row.push_back(statementText(report, statement));
        writeCsvRow(out, row);
    }
}

std::unique_ptr<AtomicFile> writeCompressionCsv(const std::filesystem::path& file,
                                                const TradeoffReport& report,
                                                std::optional<std::size_t> chosenColumn)
{
    auto out = std::make_unique<AtomicFile>(file);
    writeCsvRow(out->stream(), compressionCsvHeader());
    writeCompressionCsvRows(out->stream(), report, chosenColumn);
    return out;
}

std::vector<std::string> funnelSummary(const TradeoffReport& report)
{
    std::vector<std::string> lines;
    const std::size_t column = compressionMetricColumn(report.columns);
    for (const auto& cell : report.cells)
        if (cell.spec.index == IndexKind::Funnel)
            lines.push_back(
                fmt::format("funnel {}: {} {:.4f}, p50 {:.3f} ms, {:.1f} q/s on {} threads, {:.2f} "
                            "MFLOP/query",
                            cell.params, report.columns[column], cell.metrics[column], cell.latencyP50Ms,
                            cell.queriesPerSecond, cell.threads, cell.flopsPerQuery / 1e6));
    return lines;
}

std::vector<std::string> frontSummary(const TradeoffReport& report)
{
    std::vector<std::string> lines;
    const std::size_t column = compressionMetricColumn(report.columns);
    for (const std::size_t i : paretoFront(report.cells, column, ParetoAxis::BytesPerVector)) {
        const auto& cell = report.cells[i];
        lines.push_back(fmt::format("{:>10} bytes  {} {:.4f}  p50 {:.3f} ms  {}", cell.bytesPerVector,
                                    report.columns[column], cell.metrics[column], cell.latencyP50Ms,
                                    cellLabel(cell)));
    }
    return lines;
}

} // namespace near2
