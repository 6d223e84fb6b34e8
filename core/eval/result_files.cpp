#include "core/eval/result_files.h"

#include "core/eval/dims.h"
#include "core/eval/trec_files.h"
#include "core/util/csv_writer.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace near2 {

std::string formatMetric(double value)
{
    return fmt::format("{:.6f}", value);
}

std::unique_ptr<AtomicFile> writeSummaryCsv(const std::filesystem::path& file, const EvaluationResult& result)
{
    auto out = std::make_unique<AtomicFile>(file);
    std::vector<std::string> header{"dim", "bytes_per_vector"};
    header.insert(header.end(), result.columns.begin(), result.columns.end());
    writeCsvRow(out->stream(), header);
    for (std::size_t d = 0; d < result.dims.size(); ++d) {
        std::vector<std::string> row{std::to_string(result.dims[d]),
                                     std::to_string(float32BytesPerVector(result.dims[d]))};
        for (const double value : result.mean[d])
            row.push_back(formatMetric(value));
        writeCsvRow(out->stream(), row);
    }
    return out;
}

std::unique_ptr<AtomicFile> writePerQueryCsv(const std::filesystem::path& file,
                                             const EvaluationResult& result)
{
    auto out = std::make_unique<AtomicFile>(file);
    std::vector<std::string> header{"query_id", "dim"};
    header.insert(header.end(), result.columns.begin(), result.columns.end());
    writeCsvRow(out->stream(), header);
    const std::size_t columns = result.columns.size();
    std::vector<std::string> row(2 + columns);
    for (std::size_t q = 0; q < result.queryIds.size(); ++q) {
        for (std::size_t d = 0; d < result.dims.size(); ++d) {
            row[0] = result.queryIds[q];
            row[1] = std::to_string(result.dims[d]);
            for (std::size_t c = 0; c < columns; ++c)
                row[2 + c] = formatMetric(result.value(d, q, c));
            writeCsvRow(out->stream(), row);
        }
    }
    return out;
}

std::unique_ptr<AtomicFile> writeTrecRun(const std::filesystem::path& file, const EvaluationPlan& plan,
                                         const TopKLists& rankings, const std::vector<Record>& corpus,
                                         const std::string& tag)
{
    auto out = std::make_unique<AtomicFile>(file);
    std::size_t searched = 0;
    fmt::memory_buffer buffer;
    for (std::size_t q = 0; q < plan.queryIds.size(); ++q) {
        if (plan.queryRows[q] < 0)
            continue;
        const auto docs = rankings.docsOf(searched);
        const auto scores = rankings.scoresOf(searched);
        ++searched;
        for (std::size_t r = 0; r < docs.size() && docs[r] >= 0; ++r)
            fmt::format_to(std::back_inserter(buffer), "{} Q0 {} {} {:.9g} {}\n", trecId(plan.queryIds[q]),
                           trecId(corpus[static_cast<std::size_t>(docs[r])].id), r + 1, scores[r], tag);
        out->stream().write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
    }
    return out;
}

nlohmann::json summaryJson(const EvaluationResult& result)
{
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t d = 0; d < result.dims.size(); ++d) {
        nlohmann::json row{{"dim", result.dims[d]},
                           {"bytes_per_vector", float32BytesPerVector(result.dims[d])}};
        for (std::size_t c = 0; c < result.columns.size(); ++c)
            row[result.columns[c]] = result.mean[d][c];
        rows.push_back(std::move(row));
    }
    return {{"queries", result.queryIds.size()}, {"metrics", result.columns}, {"summary", std::move(rows)}};
}

} // namespace near2
