#include "core/report/run_comparison.h"

#include "core/report/project_runs.h"
#include "core/util/error.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace near2 {

namespace {

// Pairs of query positions (in A, in B) for the queries both runs evaluated, in A's order.
std::vector<std::pair<std::size_t, std::size_t>> sharedQueries(const EvaluationResult& a,
                                                               const EvaluationResult& b)
{
    std::unordered_map<std::string, std::size_t> inB;
    for (std::size_t q = 0; q < b.queryIds.size(); ++q)
        inB.emplace(b.queryIds[q], q);
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t q = 0; q < a.queryIds.size(); ++q)
        if (const auto found = inB.find(a.queryIds[q]); found != inB.end())
            pairs.emplace_back(q, found->second);
    return pairs;
}

MetricComparison compareColumn(const EvaluationResult& a, std::size_t dimA, std::size_t columnA,
                               const EvaluationResult& b, std::size_t dimB, std::size_t columnB,
                               const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
                               const stats::RandomisationOptions& options)
{
    std::vector<double> valuesA, valuesB;
    for (const auto& [qa, qb] : pairs) {
        valuesA.push_back(a.value(dimA, qa, columnA));
        valuesB.push_back(b.value(dimB, qb, columnB));
    }
    MetricComparison comparison{a.columns[columnA]};
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        comparison.a += valuesA[i];
        comparison.b += valuesB[i];
    }
    comparison.a /= static_cast<double>(pairs.size());
    comparison.b /= static_cast<double>(pairs.size());
    comparison.delta = comparison.b - comparison.a;
    comparison.pRandomisation = stats::pairedRandomisationTest(valuesA, valuesB, options);
    comparison.pTTest = stats::pairedTTest(valuesA, valuesB);
    return comparison;
}

} // namespace

std::optional<std::pair<std::size_t, std::size_t>>
defaultComparisonPair(const std::vector<std::int64_t>& runIds)
{
    if (runIds.size() < 2)
        return std::nullopt;
    std::vector<std::size_t> order(runIds.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { // newest first; equal ids:
        return runIds[x] != runIds[y] ? runIds[x] > runIds[y] : x > y;        // the later position
    });
    return std::pair{order[1], order[0]};
}

std::optional<std::pair<std::size_t, std::size_t>>
comparisonPair(const std::vector<std::int64_t>& runIds, std::int64_t shownRunId, std::int64_t comparedRunId)
{
    auto pair = defaultComparisonPair(runIds);
    if (!pair)
        return pair;
    const auto positionOf = [&runIds](std::int64_t id) -> std::optional<std::size_t> {
        const auto found = std::find(runIds.begin(), runIds.end(), id);
        return found == runIds.end() ? std::nullopt
                                     : std::optional(static_cast<std::size_t>(found - runIds.begin()));
    };
    if (const auto shown = positionOf(shownRunId); shown && *shown != pair->second) {
        pair->second = *shown;
        // A: the newest run other than B
        std::optional<std::size_t> newestOther;
        for (std::size_t i = 0; i < runIds.size(); ++i)
            if (i != *shown && (!newestOther || runIds[i] >= runIds[*newestOther]))
                newestOther = i;
        pair->first = *newestOther;
    }
    if (const auto compared = positionOf(comparedRunId); compared && *compared != pair->second)
        pair->first = *compared;
    return pair;
}

std::optional<std::pair<std::size_t, std::size_t>>
comparisonPair(const std::vector<std::int64_t>& runIds, const std::map<std::string, std::string>& viewState)
{
    const auto idOf = [&viewState](const char* key) -> std::int64_t {
        const auto found = viewState.find(key);
        return found == viewState.end() ? 0 : std::atoll(found->second.c_str());
    };
    return comparisonPair(runIds, idOf("run"), idOf("comparedRun"));
}

RunComparison compareRuns(const StoredRun& a, const StoredRun& b, const stats::RandomisationOptions& options)
{
    RunComparison comparison;
    comparison.runA = runName(a);
    comparison.runB = runName(b);
    const auto pairs = sharedQueries(a.result, b.result);
    if (pairs.empty())
        throw InputError("runs '" + comparison.runA + "' and '" + comparison.runB + "' share no query");
    comparison.sharedQueries = pairs.size();
    for (std::size_t dimA = 0; dimA < a.result.dims.size(); ++dimA) {
        const auto& dimsB = b.result.dims;
        const auto foundDim = std::find(dimsB.begin(), dimsB.end(), a.result.dims[dimA]);
        if (foundDim == dimsB.end())
            continue;
        const auto dimB = static_cast<std::size_t>(foundDim - dimsB.begin());
        DimComparison dim;
        dim.dim = a.result.dims[dimA];
        for (std::size_t columnA = 0; columnA < a.result.columns.size(); ++columnA) {
            const auto& columnsB = b.result.columns;
            const auto found = std::find(columnsB.begin(), columnsB.end(), a.result.columns[columnA]);
            if (found == columnsB.end())
                continue;
            dim.metrics.push_back(compareColumn(a.result, dimA, columnA, b.result, dimB,
                                                static_cast<std::size_t>(found - columnsB.begin()), pairs,
                                                options));
        }
        if (!dim.metrics.empty())
            comparison.dims.push_back(std::move(dim));
    }
    if (comparison.dims.empty())
        throw InputError("runs '" + comparison.runA + "' and '" + comparison.runB +
                         "' share no dim with a common metric");
    return comparison;
}

} // namespace near2
