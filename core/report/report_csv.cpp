#include "core/report/report_csv.h"

#include "core/eval/result_files.h"
#include "core/eval/trec_files.h"
#include "core/report/executive_summary.h"
#include "core/report/project_runs.h"
#include "core/stats/paired_tests.h"
#include "core/tradeoffs/compression_statements.h"
#include "core/tradeoffs/tradeoff_files.h"
#include "core/util/csv_writer.h"
#include "core/util/error.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace near2 {

std::unique_ptr<AtomicFile> writeAggregateCsv(const std::filesystem::path& file,
                                              const std::vector<StoredRun>& runs)
{
    auto out = std::make_unique<AtomicFile>(file);
    std::vector<std::string> header{"run", "dim", "bytes_per_vector"};
    const auto columns = aggregateColumns(runs);
    header.insert(header.end(), columns.begin(), columns.end());
    writeCsvRow(out->stream(), header);
    for (const auto& row : aggregateRows(runs)) {
        std::vector<std::string> fields{row.run, std::to_string(row.dim), std::to_string(row.bytesPerVector)};
        for (const auto& value : row.values)
            fields.push_back(value ? formatMetric(*value) : std::string());
        writeCsvRow(out->stream(), fields);
    }
    return out;
}

std::unique_ptr<AtomicFile> writeQueryTableCsv(const std::filesystem::path& file,
                                               const std::vector<StoredRun>& runs,
                                               const ProjectSnapshot& snapshot,
                                               const std::vector<QuerySlice>& slices)
{
    auto out = std::make_unique<AtomicFile>(file);
    std::vector<std::string> header{"run", "query_id", "query", "type", "slices", "tag", "note", "dim"};
    const auto columns = aggregateColumns(runs);
    header.insert(header.end(), columns.begin(), columns.end());
    writeCsvRow(out->stream(), header);
    for (const auto& run : runs) {
        std::vector<std::size_t> position; // run column → output column
        for (const auto& column : run.result.columns)
            position.push_back(static_cast<std::size_t>(std::find(columns.begin(), columns.end(), column) -
                                                        columns.begin()));
        for (const auto& query : queryRows(run, snapshot, slices)) {
            for (std::size_t d = 0; d < run.result.dims.size(); ++d) {
                std::vector<std::string> fields{
                    runName(run), query.queryId, query.text, query.type,
                    query.slices, query.tag,     query.note, std::to_string(run.result.dims[d])};
                fields.resize(fields.size() + columns.size());
                for (std::size_t c = 0; c < run.result.columns.size(); ++c)
                    fields[8 + position[c]] = formatMetric(run.result.value(d, query.queryIndex, c));
                writeCsvRow(out->stream(), fields);
            }
        }
    }
    return out;
}

std::unique_ptr<AtomicFile> writeRankingCsv(const std::filesystem::path& file, const StoredRun& run,
                                            const ProjectSnapshot& snapshot, std::size_t queryIndex,
                                            const std::vector<int>& dims)
{
    auto out = std::make_unique<AtomicFile>(file);
    writeCsvRow(out->stream(), {"dim", "rank", "product_id", "title", "label", "gain", "score"});
    for (const int dim : dims)
        for (const auto& product : rankingAt(run, snapshot, queryIndex, dim))
            writeCsvRow(out->stream(), {std::to_string(dim), std::to_string(product.rank), product.productId,
                                        product.title, product.label, fmt::format("{}", product.gain),
                                        fmt::format("{:.9g}", product.score)});
    return out;
}

std::unique_ptr<AtomicFile> writeStoredTrecRun(const std::filesystem::path& file, const StoredRun& run,
                                               const ProjectSnapshot& snapshot, int dim)
{
    auto out = std::make_unique<AtomicFile>(file);
    const std::string tag = fmt::format("near2-d{}", dim);
    for (std::size_t q = 0; q < run.result.queryIds.size(); ++q)
        for (const auto& product : rankingAt(run, snapshot, q, dim))
            out->stream() << fmt::format("{} Q0 {} {} {:.9g} {}\n", trecId(run.result.queryIds[q]),
                                         trecId(product.productId), product.rank, product.score, tag);
    return out;
}

std::unique_ptr<AtomicFile> writeQrels(const std::filesystem::path& file, const ProjectSnapshot& snapshot)
{
    auto out = std::make_unique<AtomicFile>(file);
    for (const auto& query : snapshot.queries)
        for (const auto& judged : query.judged) {
            const auto product = snapshot.products.find(judged.row);
            if (product == snapshot.products.end())
                continue;
            out->stream() << fmt::format("{} 0 {} {}\n", trecId(query.id), trecId(product->second.id),
                                         std::lround(judged.gain * 100.0));
        }
    return out;
}

std::vector<std::unique_ptr<AtomicFile>> writeReportCsvFolder(const std::filesystem::path& folder,
                                                              const std::vector<StoredRun>& runs,
                                                              const ProjectSnapshot& snapshot,
                                                              const std::vector<QuerySlice>& slices)
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw InputError(folder, "cannot create the output folder: " + error.message());
    std::vector<std::unique_ptr<AtomicFile>> files;
    files.push_back(writeAggregateCsv(folder / "aggregate.csv", runs));
    files.push_back(writeQueryTableCsv(folder / "per_query.csv", runs, snapshot, slices));
    if (!runs.empty()) {
        for (const int dim : runs.front().result.dims)
            files.push_back(
                writeStoredTrecRun(folder / fmt::format("run_{}.trec", dim), runs.front(), snapshot, dim));
        files.push_back(writeQrels(folder / "qrels.txt", snapshot));
    }
    return files;
}

std::unique_ptr<AtomicFile> writeComparisonCsv(const std::filesystem::path& file,
                                               const RunComparison& comparison)
{
    auto out = std::make_unique<AtomicFile>(file);
    writeCsvRow(out->stream(), {"run_a", "run_b", "shared_queries", "dim", "metric", "a", "b",
                                "delta_b_minus_a", "p_randomisation", "p_t_test"});
    for (const auto& dim : comparison.dims)
        for (const auto& metric : dim.metrics)
            writeCsvRow(out->stream(),
                        {comparison.runA, comparison.runB, std::to_string(comparison.sharedQueries),
                         std::to_string(dim.dim), metric.column, formatMetric(metric.a),
                         formatMetric(metric.b), formatMetric(metric.delta),
                         stats::formatPValue(metric.pRandomisation), stats::formatPValue(metric.pTTest)});
    return out;
}

std::vector<std::unique_ptr<AtomicFile>> writeReportCsvFolder(const std::filesystem::path& folder,
                                                              const ReportData& data)
{
    auto files = writeReportCsvFolder(folder, data.runs, data.snapshot, data.querySlices);
    if (data.comparison)
        files.push_back(writeComparisonCsv(folder / "comparison.csv", *data.comparison));
    if (data.snapshot.tradeoffs)
        files.push_back(writeCompressionCsv(folder / "compression.csv", *data.snapshot.tradeoffs,
                                            tradeoffColumnOf(*data.snapshot.tradeoffs, data.metric)));
    files.push_back(writeSummaryCsv(folder / "summary.csv", executiveSummary(data)));
    return files;
}

std::vector<std::unique_ptr<AtomicFile>> writeReportCsvFolder(const std::filesystem::path& folder,
                                                              const std::vector<StoredRun>& runs,
                                                              const ProjectSnapshot& snapshot)
{
    return writeReportCsvFolder(folder, runs, snapshot, computeQuerySlices(snapshot));
}

} // namespace near2
