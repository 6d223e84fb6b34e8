#pragma once
// From an evaluation (the core's plan, rankings and metrics) to what a project stores: the queries of the
// split with their judgements, the products any ranking or judgement refers to, and the run itself with
// rankings re-indexed to every query of the split. Used by the workbench and by `near2 eval --project`.
#include "core/data/dataset.h"
#include "core/eval/evaluation_plan.h"
#include "core/store/project_data.h"

namespace near2 {

class ProjectStore;

struct EvaluationRecords
{
    std::vector<QueryRecord> queries;
    std::map<std::int32_t, ProductRecord> products;
    StoredRun run;
};

// `rankings` has one row per searchable query of `plan` (as EvaluationOutcome::rankings).
EvaluationRecords recordsOf(const Dataset& dataset, const std::string& split, const EvaluationPlan& plan,
                            const SweepResult& rankings, const EvaluationResult& result,
                            const std::string& label = {});

// Saves sources, settings, catalogue and run in one go; returns the run id.
std::int64_t storeEvaluation(ProjectStore& store, const DatasetSource& dataset, const ModelSource& model,
                             const ProjectSettings& settings, const EvaluationRecords& records);

} // namespace near2
