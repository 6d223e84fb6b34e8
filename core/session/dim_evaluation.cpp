#include "core/session/dim_evaluation.h"

#include "core/session/evaluation_sources.h"
#include "core/store/evaluation_records.h"
#include "core/util/error.h"

#include <algorithm>

namespace near2::session {

namespace {

template <typename T> void insertAt(std::vector<T>& values, std::size_t position, T value)
{
    values.insert(values.begin() + static_cast<std::ptrdiff_t>(position), std::move(value));
}

} // namespace

ProjectSnapshot snapshotWithDim(const ProjectSnapshot& project, const RankingContext& context, int dim,
                                const JobControl& job)
{
    if (!project.latestRun)
        throw InputError("the project has no evaluation run to extend");
    if (context.queries.rows() == 0)
        throw InputError("this project's model gives no query embeddings: other dims cannot be evaluated");
    EvaluationInputs inputs = evaluationInputs(project.settings, project.dataset.split);
    inputs.corpusEmbeddings = context.corpus;
    inputs.queryEmbeddings = context.queries;
    inputs.dims = {dim};
    const EvaluationOutcome outcome = evaluate(*context.dataset, inputs, job);
    const EvaluationRecords records =
        recordsOf(*context.dataset, inputs.split, outcome.plan, outcome.rankings, outcome.result);

    ProjectSnapshot extended = project;
    StoredRun& run = *extended.latestRun;
    const auto& added = records.run;
    const bool sameDepth =
        run.rankings.perDim.empty() || run.rankings.perDim.front().k == added.rankings.perDim.front().k;
    if (added.result.queryIds != run.result.queryIds || added.result.columns != run.result.columns ||
        !sameDepth)
        throw InputError(
            "the stored run's queries or metrics differ from the project's settings: evaluate the "
            "project again to add dims");
    auto& dims = run.result.dims;
    const auto position =
        static_cast<std::size_t>(std::lower_bound(dims.begin(), dims.end(), dim) - dims.begin());
    if (position < dims.size() && dims[position] == dim)
        return extended;
    insertAt(dims, position, dim);
    insertAt(run.result.perQuery, position, added.result.perQuery.front());
    insertAt(run.result.mean, position, added.result.mean.front());
    insertAt(run.rankings.perDim, position, added.rankings.perDim.front());
    run.rankings.dims = dims;
    extended.products.insert(records.products.begin(), records.products.end());
    return extended;
}

} // namespace near2::session
