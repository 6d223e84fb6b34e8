#pragma once
// `near2 eval … --project P.near2`: stores the evaluation (sources, settings, catalogue, the run) in a
// project file, created when absent, through ProjectStore. Throws InputError for a foreign or newer file.
#include "cli/evaluation_inputs.h"
#include "core/search/evaluation_run.h"

#include <filesystem>
#include <string>

namespace near2::cli {

// Returns the id of the stored run. `label` names the run (empty: the embeddings' or model's file stem).
std::int64_t storeRunInProject(const std::filesystem::path& project, const EvaluationSourceOptions& source,
                               const Dataset& dataset, const EvaluationOutcome& outcome,
                               const std::string& label);

} // namespace near2::cli
