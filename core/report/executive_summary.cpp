#include "core/report/executive_summary.h"

#include "core/eval/result_files.h"
#include "core/report/project_runs.h"
#include "core/stats/paired_tests.h"
#include "core/tradeoffs/compression_statements.h"
#include "core/tradeoffs/tradeoff_files.h"
#include "core/util/csv_writer.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace near2 {

namespace {

constexpr std::size_t kSlicesShown = 3;

RunSummary summarise(const StoredRun& run, const std::string& metric)
{
    RunSummary summary;
    summary.run = runName(run);
    summary.id = run.id;
    const auto& result = run.result;
    summary.columns = result.columns;
    const auto full = static_cast<std::size_t>(std::max_element(result.dims.begin(), result.dims.end()) -
                                               result.dims.begin());
    summary.fullDim = result.dims[full];
    summary.fullValues = result.mean[full];
    const auto column = std::find(result.columns.begin(), result.columns.end(), metric);
    if (column == result.columns.end())
        return summary; // the run lacks the report's metric: its full-dim values only
    const auto c = static_cast<std::size_t>(column - result.columns.begin());
    summary.fullValue = result.mean[full][c];
    for (const double share : kKeptShares) {
        DimKeeping keeping{share, std::nullopt, 0};
        for (std::size_t d = 0; d < result.dims.size(); ++d)
            if (result.mean[d][c] >= share * summary.fullValue &&
                (!keeping.dim || result.dims[d] < *keeping.dim)) {
                keeping.dim = result.dims[d];
                keeping.value = result.mean[d][c];
            }
        summary.keeping.push_back(keeping);
    }
    return summary;
}

} // namespace

ExecutiveSummary executiveSummary(const ReportData& data)
{
    ExecutiveSummary summary;
    summary.metric = data.metric;
    summary.currentDim = data.currentDim;
    summary.referenceDim = data.referenceDim;
    for (const auto& run : data.runs)
        summary.runs.push_back(summarise(run, data.metric));
    if (data.comparison) {
        summary.runA = data.comparison->runA;
        summary.runB = data.comparison->runB;
        summary.sharedQueries = data.comparison->sharedQueries;
        for (const auto& dim : data.comparison->dims)
            for (const auto& metric : dim.metrics)
                if (metric.column == data.metric)
                    summary.comparison.emplace_back(dim.dim, metric);
    }
    std::vector<SliceRow> losing;
    for (const auto& row : data.slices)
        if (row.current < row.reference)
            losing.push_back(row);
    std::stable_sort(losing.begin(), losing.end(), [](const SliceRow& a, const SliceRow& b) {
        return a.current - a.reference < b.current - b.reference;
    });
    for (std::size_t i = 0; i < losing.size() && i < kSlicesShown; ++i)
        summary.slices.push_back(
            {losing[i].slice, losing[i].queries, losing[i].current, losing[i].reference});
    if (data.snapshot.tradeoffs)
        summary.statements = compressionSummary(*data.snapshot.tradeoffs,
                                                tradeoffColumnOf(*data.snapshot.tradeoffs, data.metric));
    std::map<std::string, std::size_t> tags;
    for (const auto& [query, annotation] : data.snapshot.annotations)
        if (!annotation.tag.empty())
            ++tags[annotation.tag];
    for (const auto& [tag, count] : tags)
        summary.tags.push_back({tag, count});
    std::stable_sort(summary.tags.begin(), summary.tags.end(),
                     [](const TagCount& a, const TagCount& b) { return a.queries > b.queries; });
    return summary;
}

std::unique_ptr<AtomicFile> writeSummaryCsv(const std::filesystem::path& file,
                                            const ExecutiveSummary& summary)
{
    auto out = std::make_unique<AtomicFile>(file);
    auto& stream = out->stream();
    writeCsvRow(stream, {"section", "run", "dim", "metric", "value", "detail"});
    for (const auto& run : summary.runs) {
        for (std::size_t c = 0; c < run.columns.size(); ++c)
            writeCsvRow(stream, {"full_dim", run.run, std::to_string(run.fullDim), run.columns[c],
                                 formatMetric(run.fullValues[c]), ""});
        for (const auto& keeping : run.keeping)
            writeCsvRow(stream, {fmt::format("smallest_dim_keeping_{:.0f}pct", keeping.share * 100), run.run,
                                 keeping.dim ? std::to_string(*keeping.dim) : "", summary.metric,
                                 keeping.dim ? formatMetric(keeping.value) : "",
                                 fmt::format("full dim {}: {}", run.fullDim, formatMetric(run.fullValue))});
    }
    for (const auto& [dim, metric] : summary.comparison)
        writeCsvRow(stream,
                    {"comparison", summary.runB + " - " + summary.runA, std::to_string(dim), metric.column,
                     formatMetric(metric.delta),
                     fmt::format("A {} = {}; B {} = {}; p_randomisation {}; p_t_test {}; {} shared queries",
                                 summary.runA, formatMetric(metric.a), summary.runB, formatMetric(metric.b),
                                 stats::formatPValue(metric.pRandomisation),
                                 stats::formatPValue(metric.pTTest), summary.sharedQueries)});
    const std::string mainRun = summary.runs.empty() ? std::string() : summary.runs.front().run;
    for (const auto& slice : summary.slices)
        writeCsvRow(stream, {"slice_loss", mainRun, std::to_string(summary.currentDim), summary.metric,
                             formatMetric(slice.current - slice.reference),
                             fmt::format("{}: {} queries, {} at dim {}, {} at dim {}", slice.slice,
                                         slice.queries, formatMetric(slice.current), summary.currentDim,
                                         formatMetric(slice.reference), summary.referenceDim)});
    for (const auto& statement : summary.statements)
        writeCsvRow(stream, {"tradeoff", "", "", "", "", statement});
    for (const auto& tag : summary.tags)
        writeCsvRow(stream, {"tag", "", "", "", std::to_string(tag.queries), tag.tag});
    return out;
}

} // namespace near2
