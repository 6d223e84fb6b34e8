#include "core/report/report_data.h"

#include "core/report/project_runs.h"
#include "core/store/project_store.h"
#include "core/util/error.h"

#include <algorithm>

namespace near2 {

namespace {

int viewStateDim(const ProjectSnapshot& snapshot, const std::string& key, const StoredRun& run)
{
    const auto found = snapshot.viewState.find(key);
    if (found == snapshot.viewState.end())
        return 0;
    try {
        const int dim = std::stoi(found->second);
        const auto& dims = run.result.dims;
        return std::find(dims.begin(), dims.end(), dim) != dims.end() ? dim : 0;
    } catch (const std::exception&) {
        return 0;
    }
}

std::size_t columnOf(const StoredRun& run, const std::string& metric)
{
    const auto& columns = run.result.columns;
    const auto found = std::find(columns.begin(), columns.end(), metric);
    if (found == columns.end()) {
        std::string list;
        for (const auto& column : columns)
            list += (list.empty() ? "" : ", ") + column;
        throw InputError("unknown metric '" + metric + "' (the run has " + list + ")");
    }
    return static_cast<std::size_t>(found - columns.begin());
}

} // namespace

ReportData assembleReport(const std::filesystem::path& projectFile, const ReportRequest& request)
{
    ReportData data;
    data.projectFile = projectFile;
    data.snapshot = loadExistingProject(projectFile);
    // By default the run the workbench shows (the view state's, else the newest: the snapshot's run).
    const std::string shown =
        data.snapshot.latestRun ? "#" + std::to_string(data.snapshot.latestRun->id) : "";
    const auto names = request.runs.empty() ? std::vector<std::string>{shown} : request.runs;
    for (const auto& name : names)
        data.runs.push_back(loadRun(projectFile, name));
    if (request.runs.empty()) // the shown run, then every other complete run of the project for the overlays
        for (const auto& header : listRuns(projectFile))
            if (header.id != data.runs.front().id)
                try {
                    data.runs.push_back(loadRun(projectFile, "#" + std::to_string(header.id)));
                } catch (const InputError&) {
                    // an incomplete older run: left out of the overlays
                }
    {
        const ProjectStore store(projectFile, ProjectAccess::ReadOnly);
        for (const auto& run : data.runs)
            if (auto provenance = store.runProvenance(run.id))
                data.provenance.emplace(run.id, std::move(*provenance));
    }
    data.gains = appliedGains(data.snapshot);
    const StoredRun& main = data.runs.front();
    const auto& dims = main.result.dims;
    data.referenceDim =
        request.referenceDim ? request.referenceDim : viewStateDim(data.snapshot, "referenceDim", main);
    if (!data.referenceDim)
        data.referenceDim = *std::max_element(dims.begin(), dims.end());
    data.currentDim = request.currentDim ? request.currentDim : viewStateDim(data.snapshot, "dim", main);
    if (!data.currentDim)
        data.currentDim = dims[dims.size() / 2];
    dimIndex(main, data.referenceDim); // validates both dims
    dimIndex(main, data.currentDim);
    data.metric = request.metric.empty() ? main.result.columns.front() : request.metric;
    data.metricColumn = columnOf(main, data.metric);
    data.aggregate = aggregateRows(data.runs);
    data.aggregateColumns = aggregateColumns(data.runs);
    data.querySlices = computeQuerySlices(data.snapshot);
    data.slices = sliceRows(main, data.snapshot, data.querySlices, data.metricColumn, data.currentDim,
                            data.referenceDim);
    data.worst = worstRegressions(main, data.snapshot, data.metricColumn, data.currentDim, data.referenceDim,
                                  request.worstCount);
    data.curves = metricCurves(data.runs, data.metric, MemoryAxis::BytesPerVector);
    std::vector<std::int64_t> ids;
    for (const auto& run : data.runs)
        ids.push_back(run.id);
    if (const auto pair = comparisonPair(ids, data.snapshot.viewState)) // as the workbench pairs them
        data.comparison = compareRuns(data.runs[pair->first], data.runs[pair->second]);
    return data;
}

std::vector<std::pair<std::string, std::string>> metricDefinitions()
{
    return {
        {"ndcg@k", "Normalised DCG: sum of gain / log2(rank + 1) over the top k, divided by the ideal DCG "
                   "of all judged gains of the query cut at k (trec_eval ndcg_cut, linear gains)."},
        {"p@k", "Precision: relevant products in the top k, divided by k."},
        {"recall@k",
         "Recall: relevant products in the top k, divided by all relevant judgements of the query."},
        {"mrr@k", "Reciprocal rank of the first relevant product within the top k (0 if none)."},
        {"map@k", "Average precision cut at k: precision at each relevant rank within k, summed, divided by "
                  "all relevant judgements (trec_eval map_cut)."},
        {"hit@k", "1 if any relevant product is in the top k, else 0."},
        {"averages", "Every metric is averaged over every query of the split (missing results count 0)."},
    };
}

} // namespace near2
