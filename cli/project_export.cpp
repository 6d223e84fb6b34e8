#include "cli/project_export.h"

#include "core/encoder/content_hash.h"
#include "core/eval/metric_spec.h"
#include "core/store/evaluation_records.h"
#include "core/store/project_store.h"

namespace near2::cli {

namespace {

std::string datasetHash(const EvaluationSourceOptions& source)
{
    const std::filesystem::path folder = source.dataset;
    ContentHasher hasher;
    for (const auto& file :
         {folder / "corpus.jsonl", folder / "queries.jsonl", folder / "qrels" / (source.split + ".tsv")}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(file, error))
            hasher.updateFile(file);
    }
    return hasher.hex();
}

ModelSource modelSource(const EvaluationSourceOptions& source, const EvaluationOutcome& outcome)
{
    ModelSource model;
    if (source.model.empty()) {
        model.kind = "embeddings";
        model.paths = {source.corpusEmbeddings, source.queryEmbeddings};
    } else {
        model.kind = "bundle";
        model.paths = {source.model};
    }
    model.dim = outcome.result.dims.empty() ? 0 : static_cast<std::size_t>(outcome.result.dims.back());
    return model;
}

std::string defaultLabel(const EvaluationSourceOptions& source)
{
    const std::filesystem::path named = source.model.empty() ? source.corpusEmbeddings : source.model;
    return std::filesystem::path(named).lexically_normal().filename().empty()
               ? named.parent_path().filename().string()
               : named.stem().string();
}

} // namespace

std::int64_t storeRunInProject(const std::filesystem::path& project, const EvaluationSourceOptions& source,
                               const Dataset& dataset, const EvaluationOutcome& outcome,
                               const std::string& label)
{
    DatasetSource datasetSource;
    datasetSource.format = "beir";
    datasetSource.paths = {source.dataset};
    datasetSource.split = source.split;
    datasetSource.contentHash = datasetHash(source);
    ProjectSettings settings;
    settings.dims = outcome.result.dims;
    settings.k = outcome.rankings.perDim.empty() ? 0 : static_cast<int>(outcome.rankings.perDim.front().k);
    settings.gains = source.gains;
    settings.relevantThreshold = source.relevantThreshold;
    const auto records = recordsOf(dataset, source.split, outcome.plan, outcome.rankings, outcome.result,
                                   label.empty() ? defaultLabel(source) : label);
    ProjectStore store(project);
    return storeEvaluation(store, datasetSource, modelSource(source, outcome), settings, records);
}

} // namespace near2::cli
