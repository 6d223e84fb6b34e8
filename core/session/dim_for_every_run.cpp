#include "core/session/dim_for_every_run.h"

#include "core/session/dim_evaluation.h"
#include "core/session/evaluation_sources.h"
#include "core/store/project_store.h"
#include "core/util/error.h"

#include <algorithm>
#include <map>
#include <optional>

namespace near2::session {

namespace {

bool sameModel(const ModelSource& a, const ModelSource& b)
{
    return a.kind == b.kind && a.paths == b.paths;
}

std::string nameOf(const StoredRun& run)
{
    return run.label.empty() ? "#" + std::to_string(run.id) : run.label;
}

bool hasDim(const StoredRun& run, int dim)
{
    return std::find(run.result.dims.begin(), run.result.dims.end(), dim) != run.result.dims.end();
}

// The model a run was evaluated with: its provenance, else the project's own for the newest run.
std::optional<ModelSource> modelOf(const ProjectStore& store, std::int64_t id, std::int64_t newestId,
                                   const ModelSource& projectModel)
{
    if (const auto provenance = store.runProvenance(id); provenance && !provenance->modelPaths.empty())
        return ModelSource{provenance->modelKind, provenance->modelPaths, provenance->dim};
    if (id == newestId)
        return projectModel;
    return std::nullopt;
}

// `run` with `dim` added, evaluated with `model`'s embeddings (the context's when it is the project's model);
// returns the products the dim's rankings name.
std::map<std::int32_t, ProductRecord> addDim(StoredRun& run, const ModelSource& model,
                                             const ProjectSnapshot& project, const RankingContext& context,
                                             int dim, const JobControl& job)
{
    EvaluationInputs inputs;
    if (sameModel(model, project.model)) {
        inputs.corpusEmbeddings = context.corpus;
        inputs.queryEmbeddings = context.queries;
    } else {
        attachEmbeddings(inputs, *context.dataset, model, EncodeOptions{}, job);
    }
    EvaluationRecords records =
        recordsAtDim(project, *context.dataset, inputs.corpusEmbeddings, inputs.queryEmbeddings, dim, job);
    mergeDim(run, records, dim);
    return std::move(records.products);
}

} // namespace

DimForEveryRun evaluateDimForEveryRun(const std::filesystem::path& file, const ProjectSnapshot& project,
                                      const RankingContext& context, int dim, const JobControl& job)
{
    if (!project.latestRun)
        throw InputError("the project has no evaluation run to extend");
    const ProjectStore store(file, ProjectAccess::ReadOnly);
    const std::vector<std::int64_t> ids = store.runIds();
    const std::int64_t newestId = ids.empty() ? project.latestRun->id : ids.back();
    const std::int64_t shownId = project.latestRun->id;

    DimForEveryRun outcome;
    const auto shownModel = modelOf(store, shownId, newestId, project.model);
    if (!shownModel)
        throw InputError("the model of run " + nameOf(*project.latestRun) +
                         " is not recorded in the project (stored by an older version): evaluate it "
                         "again to add dims");
    outcome.snapshot = project;
    if (!hasDim(*project.latestRun, dim)) {
        auto products = addDim(*outcome.snapshot.latestRun, *shownModel, project, context, dim, job);
        outcome.snapshot.products.merge(products);
    }
    for (const std::int64_t id : ids) {
        if (id == shownId)
            continue;
        job.checkCancelled();
        StoredRun run = store.readRun(id);
        if (hasDim(run, dim))
            continue;
        const auto model = modelOf(store, id, newestId, project.model);
        if (!model) {
            outcome.skipped.push_back(nameOf(run));
            continue;
        }
        addDim(run, *model, project, context, dim, job);
        outcome.otherRuns.push_back(std::move(run));
    }
    return outcome;
}

} // namespace near2::session
