#include "core/session/dim_evaluation.h"

#include "core/session/evaluation_sources.h"
#include "core/util/error.h"

#include <algorithm>

namespace near2::session {

namespace {

template <typename T> void insertAt(std::vector<T>& values, std::size_t position, T value)
{
    values.insert(values.begin() + static_cast<std::ptrdiff_t>(position), std::move(value));
}

} // namespace

EvaluationRecords recordsAtDim(const ProjectSnapshot& project, const Dataset& dataset,
                               const EmbeddingMatrix& corpus, const EmbeddingMatrix& queries, int dim,
                               const JobControl& job)
{
    if (queries.rows() == 0)
        throw InputError("this project's model gives no query embeddings: other dims cannot be evaluated");
    EvaluationInputs inputs = evaluationInputs(project.settings, project.dataset.split);
    inputs.corpusEmbeddings = corpus;
    inputs.queryEmbeddings = queries;
    inputs.dims = {dim};
    const EvaluationOutcome outcome = evaluate(dataset, inputs, job);
    return recordsOf(dataset, inputs.split, outcome.plan, outcome.rankings, outcome.result);
}

void mergeDim(StoredRun& run, const EvaluationRecords& added, int dim)
{
    const StoredRun& extra = added.run;
    const bool sameDepth =
        run.rankings.perDim.empty() || run.rankings.perDim.front().k == extra.rankings.perDim.front().k;
    if (extra.result.queryIds != run.result.queryIds || extra.result.columns != run.result.columns ||
        !sameDepth)
        throw InputError(
            "the stored run's queries or metrics differ from the project's settings: evaluate the "
            "project again to add dims");
    auto& dims = run.result.dims;
    const auto position =
        static_cast<std::size_t>(std::lower_bound(dims.begin(), dims.end(), dim) - dims.begin());
    if (position < dims.size() && dims[position] == dim)
        return;
    insertAt(dims, position, dim);
    insertAt(run.result.perQuery, position, extra.result.perQuery.front());
    insertAt(run.result.mean, position, extra.result.mean.front());
    insertAt(run.rankings.perDim, position, extra.rankings.perDim.front());
    run.rankings.dims = dims;
}

ProjectSnapshot snapshotWithDim(const ProjectSnapshot& project, const RankingContext& context, int dim,
                                const JobControl& job)
{
    if (!project.latestRun)
        throw InputError("the project has no evaluation run to extend");
    const EvaluationRecords records =
        recordsAtDim(project, *context.dataset, context.corpus, context.queries, dim, job);
    ProjectSnapshot extended = project;
    mergeDim(*extended.latestRun, records, dim);
    extended.products.insert(records.products.begin(), records.products.end());
    return extended;
}

} // namespace near2::session
