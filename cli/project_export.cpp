#include "cli/project_export.h"

#include "core/session/dataset_files.h"
#include "core/session/project_builder.h"

namespace near2::cli {

namespace {

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
    DatasetSource datasetSource = datasetSourceOf(source);
    datasetSource.contentHash = session::beirContentHash(source.dataset, source.split);
    ModelSource model = modelSourceOf(source);
    model.dim = outcome.result.dims.empty() ? 0 : static_cast<std::size_t>(outcome.result.dims.back());
    ProjectSettings settings;
    settings.k = outcome.rankings.perDim.empty() ? 0 : static_cast<int>(outcome.rankings.perDim.front().k);
    settings.gains = source.gains;
    settings.relevantThreshold = source.relevantThreshold;
    return session::storeEvaluationRun(project, datasetSource, model, settings, dataset, outcome,
                                       label.empty() ? defaultLabel(source) : label);
}

} // namespace near2::cli
