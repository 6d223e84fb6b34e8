#pragma once
// A dim typed in, evaluated for every run of the project (issue 15), so that any two runs compare at it: the
// shown run and any run of the project's own model with the embeddings the open project holds (its ranking
// context), every other run with its own model or embedding files as its provenance names them (a bundle
// reads the embedding cache). A run whose model is not recorded (stored before schema 5, and not the
// project's newest run) is left without the dim and named.
#include "core/session/ranking_context.h"
#include "core/store/project_data.h"
#include "core/util/progress.h"

#include <filesystem>
#include <string>
#include <vector>

namespace near2::session {

struct DimForEveryRun
{
    ProjectSnapshot snapshot;         // the shown run with the dim (the views' snapshot)
    std::vector<StoredRun> otherRuns; // every other run that gained the dim, to store
    std::vector<std::string> skipped; // the runs left without it (their model is unknown)
};

// `file` is the project's file (read, not written); `project` its snapshot with the shown run. Throws
// InputError when the shown run's model is unknown or a run's model or embedding files cannot be read.
DimForEveryRun evaluateDimForEveryRun(const std::filesystem::path& file, const ProjectSnapshot& project,
                                      const RankingContext& context, int dim, const JobControl& job);

} // namespace near2::session
