#include "core/tradeoffs/tradeoff_files.h"

#include "core/eval/result_files.h"
#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/util/csv_writer.h"

#include <fmt/format.h>

namespace near2 {

namespace {

std::string cellName(const CellMeasure& cell)
{
    std::string name = fmt::format("dim {} {} {}", cell.spec.dim, precisionName(cell.spec.precision),
                                   indexName(cell.spec.index));
    return cell.params.empty() ? name : name + " (" + cell.params + ")";
}

} // namespace

std::vector<std::string> tradeoffCsvHeader(const std::vector<std::string>& metricColumns)
{
    std::vector<std::string> header{
        "dim",     "precision",      "index",          "params", "bytes_per_vector", "index_bytes",
        "build_s", "latency_p50_ms", "latency_p95_ms", "qps",    "threads"};
    header.insert(header.end(), metricColumns.begin(), metricColumns.end());
    return header;
}

std::unique_ptr<AtomicFile> writeTradeoffCsv(const std::filesystem::path& file, const TradeoffReport& report)
{
    auto out = std::make_unique<AtomicFile>(file);
    writeCsvRow(out->stream(), tradeoffCsvHeader(report.columns));
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
        writeCsvRow(out->stream(), row);
    }
    return out;
}

std::vector<std::string> compressionSummary(const TradeoffReport& report)
{
    std::vector<std::string> lines;
    if (report.cells.empty())
        return lines;
    const std::size_t column = compressionMetricColumn(report.columns);
    const CellMeasure& base = report.cells[report.reference];
    for (const double tolerance : {0.01, 0.05}) {
        const auto answer = largestCompressionWithin(report.cells, report.reference, column, tolerance);
        const std::string head =
            fmt::format("{} within {:.0f}% of fp32 flat at dim {} ({:.4f}): ", report.columns[column],
                        tolerance * 100, base.spec.dim, base.metrics[column]);
        if (!answer)
            lines.push_back(head + "no cell");
        else
            lines.push_back(head + fmt::format("{:.1f}x smaller with {} ({:.4f}, {} bytes/vector)",
                                               answer->compression, cellName(report.cells[answer->cell]),
                                               answer->quality, report.cells[answer->cell].bytesPerVector));
    }
    return lines;
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
                                    cellName(cell)));
    }
    return lines;
}

} // namespace near2
