#include "core/report/report_tables.h"

#include "core/eval/dims.h"
#include "core/report/project_runs.h"
#include "core/util/error.h"

#include <algorithm>
#include <unordered_map>

namespace near2 {

std::size_t dimIndex(const StoredRun& run, int dim)
{
    const auto& dims = run.result.dims;
    const auto found = std::find(dims.begin(), dims.end(), dim);
    if (found != dims.end())
        return static_cast<std::size_t>(found - dims.begin());
    std::string list;
    for (const int d : dims)
        list += (list.empty() ? "" : ",") + std::to_string(d);
    throw InputError("run '" + runName(run) + "' has no dim " + std::to_string(dim) + " (it has " + list +
                     ")");
}

std::vector<std::string> aggregateColumns(const std::vector<StoredRun>& runs)
{
    std::vector<std::string> columns;
    for (const auto& run : runs)
        for (const auto& column : run.result.columns)
            if (std::find(columns.begin(), columns.end(), column) == columns.end())
                columns.push_back(column);
    return columns;
}

std::vector<AggregateRow> aggregateRows(const std::vector<StoredRun>& runs)
{
    const auto columns = aggregateColumns(runs);
    std::vector<AggregateRow> rows;
    for (const auto& run : runs) {
        for (std::size_t d = 0; d < run.result.dims.size(); ++d) {
            AggregateRow row{runName(run), run.result.dims[d], float32BytesPerVector(run.result.dims[d]),
                             std::vector<std::optional<double>>(columns.size())};
            for (std::size_t c = 0; c < run.result.columns.size(); ++c) {
                const auto at = std::find(columns.begin(), columns.end(), run.result.columns[c]);
                row.values[static_cast<std::size_t>(at - columns.begin())] = run.result.mean[d][c];
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::vector<QueryRow> queryRows(const StoredRun& run, const ProjectSnapshot& snapshot,
                                const std::vector<QuerySlice>& slices)
{
    std::unordered_map<std::string, std::size_t> catalogueIndex;
    for (std::size_t q = 0; q < snapshot.queries.size(); ++q)
        catalogueIndex.emplace(snapshot.queries[q].id, q);
    std::vector<QueryRow> rows;
    for (std::size_t q = 0; q < run.result.queryIds.size(); ++q) {
        QueryRow row;
        row.queryId = run.result.queryIds[q];
        row.queryIndex = q;
        if (const auto at = catalogueIndex.find(row.queryId); at != catalogueIndex.end()) {
            const auto& query = snapshot.queries[at->second];
            row.text = query.text;
            row.type = query.type;
            for (const auto& slice : slices)
                if (at->second < slice.members.size() && slice.members[at->second] &&
                    slice.origin != QuerySlice::Origin::AllQueries)
                    row.slices += (row.slices.empty() ? "" : "; ") + sliceName(slice);
        }
        if (const auto note = snapshot.annotations.find(row.queryId); note != snapshot.annotations.end()) {
            row.tag = note->second.tag;
            row.note = note->second.note;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<SliceRow> sliceRows(const StoredRun& run, const ProjectSnapshot& snapshot,
                                const std::vector<QuerySlice>& slices, std::size_t column, int currentDim,
                                int referenceDim)
{
    const std::size_t current = dimIndex(run, currentDim), reference = dimIndex(run, referenceDim);
    std::unordered_map<std::string, std::size_t> runIndex;
    for (std::size_t q = 0; q < run.result.queryIds.size(); ++q)
        runIndex.emplace(run.result.queryIds[q], q);
    std::vector<SliceRow> rows;
    for (std::size_t s = 0; s < slices.size(); ++s) {
        const auto& slice = slices[s];
        SliceRow row{sliceName(slice), s};
        for (std::size_t q = 0; q < slice.members.size() && q < snapshot.queries.size(); ++q) {
            const auto at = runIndex.find(snapshot.queries[q].id);
            if (!slice.members[q] || at == runIndex.end())
                continue;
            ++row.queries;
            row.current += run.result.value(current, at->second, column);
            row.reference += run.result.value(reference, at->second, column);
        }
        if (row.queries == 0)
            continue;
        row.current /= row.queries;
        row.reference /= row.queries;
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<RankedProduct> rankingAt(const StoredRun& run, const ProjectSnapshot& snapshot,
                                     std::size_t queryIndex, int dim)
{
    const auto& lists = run.rankings.perDim[dimIndex(run, dim)];
    std::vector<RankedProduct> ranking;
    if (queryIndex >= lists.queries)
        return ranking;
    const QueryRecord* query = queryIndex < snapshot.queries.size() ? &snapshot.queries[queryIndex] : nullptr;
    const auto docs = lists.docsOf(queryIndex);
    const auto scores = lists.scoresOf(queryIndex);
    for (std::size_t r = 0; r < docs.size() && docs[r] >= 0; ++r) {
        RankedProduct product;
        product.rank = static_cast<int>(r + 1);
        product.score = scores[r];
        if (const auto found = snapshot.products.find(docs[r]); found != snapshot.products.end()) {
            product.productId = found->second.id;
            product.title = found->second.title;
        }
        if (query)
            for (const auto& judged : query->judged)
                if (judged.row == docs[r]) {
                    product.label = judged.label;
                    product.gain = judged.gain;
                }
        ranking.push_back(std::move(product));
    }
    return ranking;
}

std::vector<Regression> worstRegressions(const StoredRun& run, const ProjectSnapshot& snapshot,
                                         std::size_t column, int currentDim, int referenceDim,
                                         std::size_t count)
{
    const std::size_t current = dimIndex(run, currentDim), reference = dimIndex(run, referenceDim);
    std::vector<Regression> drops;
    for (std::size_t q = 0; q < run.result.queryIds.size(); ++q) {
        Regression drop;
        drop.queryIndex = q;
        drop.queryId = run.result.queryIds[q];
        drop.reference = run.result.value(reference, q, column);
        drop.current = run.result.value(current, q, column);
        if (drop.current < drop.reference)
            drops.push_back(std::move(drop));
    }
    std::sort(drops.begin(), drops.end(), [](const Regression& a, const Regression& b) {
        const double lossA = a.reference - a.current, lossB = b.reference - b.current;
        return lossA != lossB ? lossA > lossB : a.queryId < b.queryId;
    });
    drops.resize(std::min(drops.size(), count));
    for (auto& drop : drops) {
        if (drop.queryIndex < snapshot.queries.size() && snapshot.queries[drop.queryIndex].id == drop.queryId)
            drop.text = snapshot.queries[drop.queryIndex].text;
        if (const auto note = snapshot.annotations.find(drop.queryId); note != snapshot.annotations.end()) {
            drop.tag = note->second.tag;
            drop.note = note->second.note;
        }
        drop.referenceRanking = rankingAt(run, snapshot, drop.queryIndex, referenceDim);
        drop.currentRanking = rankingAt(run, snapshot, drop.queryIndex, currentDim);
    }
    return drops;
}

} // namespace near2
