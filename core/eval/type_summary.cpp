#include "core/eval/type_summary.h"

#include "core/eval/dims.h"
#include "core/eval/result_files.h"
#include "core/util/csv_writer.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace near2 {

std::vector<TypeSummary> summariseByType(const EvaluationResult& result,
                                         const std::map<std::string, std::string>& typeOfQuery)
{
    std::map<std::string, std::vector<std::size_t>> queriesOfType;
    for (std::size_t q = 0; q < result.queryIds.size(); ++q) {
        const auto type = typeOfQuery.find(result.queryIds[q]);
        if (type != typeOfQuery.end() && !type->second.empty())
            queriesOfType[type->second].push_back(q);
    }
    std::vector<TypeSummary> summaries;
    for (const auto& [type, queries] : queriesOfType) {
        TypeSummary summary{type, queries.size(), {}};
        for (std::size_t d = 0; d < result.dims.size(); ++d) {
            std::vector<double> sums(result.columns.size(), 0.0);
            for (const auto q : queries)
                for (std::size_t c = 0; c < sums.size(); ++c)
                    sums[c] += result.value(d, q, c);
            for (auto& sum : sums)
                sum /= static_cast<double>(queries.size());
            summary.mean.push_back(std::move(sums));
        }
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

void writeTypeSummaryRows(std::ostream& out, const EvaluationResult& result,
                          const std::vector<TypeSummary>& summaries)
{
    for (const auto& summary : summaries)
        for (std::size_t d = 0; d < result.dims.size(); ++d) {
            std::vector<std::string> row{summary.type + ":" + std::to_string(result.dims[d]),
                                         std::to_string(float32BytesPerVector(result.dims[d]))};
            for (const double value : summary.mean[d])
                row.push_back(formatMetric(value));
            writeCsvRow(out, row);
        }
}

nlohmann::json typeSummaryJson(const EvaluationResult& result, const std::vector<TypeSummary>& summaries)
{
    nlohmann::json types = nlohmann::json::array();
    for (const auto& summary : summaries) {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t d = 0; d < result.dims.size(); ++d) {
            nlohmann::json row{{"dim", result.dims[d]},
                               {"bytes_per_vector", float32BytesPerVector(result.dims[d])}};
            for (std::size_t c = 0; c < result.columns.size(); ++c)
                row[result.columns[c]] = summary.mean[d][c];
            rows.push_back(std::move(row));
        }
        types.push_back({{"type", summary.type}, {"queries", summary.queries}, {"summary", std::move(rows)}});
    }
    return types;
}

std::string metricTable(const std::vector<int>& dims, const std::vector<std::string>& columns,
                        const std::vector<std::vector<double>>& mean)
{
    std::string table = fmt::format("{:>6} {:>8}", "dim", "bytes");
    for (const auto& column : columns)
        table += fmt::format(" {:>10}", column);
    table += '\n';
    for (std::size_t d = 0; d < dims.size(); ++d) {
        table += fmt::format("{:>6} {:>8}", dims[d], float32BytesPerVector(dims[d]));
        for (const double value : mean[d])
            table += fmt::format(" {:>10.4f}", value);
        table += '\n';
    }
    return table;
}

} // namespace near2
