#pragma once
// A dim typed in that the project's run lacks (any 1..full, nested or not), evaluated on demand on a worker:
// every query searched and scored at that dim by the core's sweep with the project's settings, then merged
// into a copy of the snapshot's latest run (dims kept in order) so every view follows it as a nested dim.
// The session then stores that dim into the run in the project file (ProjectStore::addRunDim).
#include "core/session/ranking_context.h"
#include "core/store/project_data.h"
#include "core/util/progress.h"

namespace near2::session {

// Throws InputError when the project has no run or no query embeddings, or `dim` is outside 1..full.
ProjectSnapshot snapshotWithDim(const ProjectSnapshot& project, const RankingContext& context, int dim,
                                const JobControl& job);

} // namespace near2::session
