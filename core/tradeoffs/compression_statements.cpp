#include "core/tradeoffs/compression_statements.h"

#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_names.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace near2 {

namespace {

const char* indexLabel(IndexKind index)
{
    switch (index) {
    case IndexKind::Flat:
        return "flat";
    case IndexKind::Hnsw:
        return "HNSW";
    case IndexKind::IvfPq:
        return "IVF-PQ";
    case IndexKind::Funnel:
        return "funnel";
    }
    return "?";
}

// Fewer bytes, then the better metric, then the faster cell.
bool smaller(const CellMeasure& a, const CellMeasure& b, std::size_t column)
{
    if (memoryPerVector(a) != memoryPerVector(b))
        return memoryPerVector(a) < memoryPerVector(b);
    if (a.metrics[column] != b.metrics[column])
        return a.metrics[column] > b.metrics[column];
    return a.latencyP50Ms < b.latencyP50Ms;
}

CompressionStatement answer(const TradeoffReport& report, std::size_t column, double share)
{
    const CellMeasure& reference = report.cells[report.reference];
    CompressionStatement statement;
    statement.metricColumn = column;
    statement.share = share;
    statement.referenceValue = reference.metrics[column];
    statement.referenceMemory = memoryPerVector(reference);
    for (std::size_t i = 0; i < report.cells.size(); ++i) {
        const CellMeasure& cell = report.cells[i];
        if (cell.spec.index == IndexKind::Funnel || memoryPerVector(cell) <= 0 ||
            memoryPerVector(cell) >= statement.referenceMemory ||
            cell.metrics[column] < share * statement.referenceValue)
            continue;
        if (!statement.cell || smaller(cell, report.cells[*statement.cell], column))
            statement.cell = i;
    }
    if (statement.cell) {
        const CellMeasure& cell = report.cells[*statement.cell];
        statement.value = cell.metrics[column];
        statement.kept = statement.value / statement.referenceValue;
        statement.memory = memoryPerVector(cell);
        statement.memoryFraction = statement.memory / statement.referenceMemory;
    }
    return statement;
}

std::string trimmed(double value, int decimals)
{
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text;
}

} // namespace

double memoryPerVector(const CellMeasure& cell)
{
    return cell.bytesPerVector + cell.indexOverheadPerVector;
}

std::optional<std::size_t> tradeoffColumnOf(const TradeoffReport& report, const std::string& metric)
{
    const auto found = std::find(report.columns.begin(), report.columns.end(), metric);
    if (found == report.columns.end())
        return std::nullopt;
    return static_cast<std::size_t>(found - report.columns.begin());
}

std::vector<CompressionStatement> compressionStatements(const TradeoffReport& report,
                                                        std::optional<std::size_t> chosenColumn)
{
    std::vector<CompressionStatement> statements;
    if (report.cells.empty() || report.reference >= report.cells.size() || report.columns.empty())
        return statements;
    std::vector<std::size_t> columns{compressionMetricColumn(report.columns)};
    if (chosenColumn && *chosenColumn < report.columns.size() && *chosenColumn != columns.front())
        columns.push_back(*chosenColumn);
    for (const std::size_t column : columns) {
        if (!(report.cells[report.reference].metrics.at(column) > 0))
            continue; // no share of nothing
        for (const double share : kKeptShares)
            statements.push_back(answer(report, column, share));
    }
    return statements;
}

std::string memoryFractionText(double fraction)
{
    if (fraction > 0.5)
        return trimmed(100.0 * fraction, 0) + "%";
    const double ratio = 1.0 / fraction;
    return "1/" + trimmed(ratio, ratio >= 10 ? 0 : 1);
}

std::string cellLabel(const CellMeasure& cell)
{
    std::string label = fmt::format("dim {} · {} · {}", cell.spec.dim, precisionName(cell.spec.precision),
                                    indexLabel(cell.spec.index));
    return cell.params.empty() ? label : label + " (" + cell.params + ")";
}

std::string statementText(const TradeoffReport& report, const CompressionStatement& statement)
{
    const std::string share = trimmed(100.0 * statement.share, 1) + "%";
    const std::string head =
        fmt::format("{} ≥ {} of fp32 flat at dim {} ({:.4f}): ", report.columns[statement.metricColumn],
                    share, report.cells[report.reference].spec.dim, statement.referenceValue);
    if (!statement.cell)
        return head + "nothing smaller keeps " + share;
    return head + fmt::format("{} keeps {:.1f}% in {} of the memory ({:.4f}, {} bytes per vector)",
                              cellLabel(report.cells[*statement.cell]), 100.0 * statement.kept,
                              memoryFractionText(statement.memoryFraction), statement.value,
                              trimmed(statement.memory, 2));
}

} // namespace near2
