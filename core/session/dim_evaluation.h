#pragma once
// A dim typed in that the project's run lacks (any 1..full, nested or not), evaluated on demand on a worker:
// every query searched and scored at that dim by the core's sweep with the project's settings, then merged
// into a copy of the snapshot's latest run (dims kept in order) so every view follows it as a nested dim.
// The session then stores that dim into the run in the project file (ProjectStore::addRunDim).
#include "core/embed/embedding_matrix.h"
#include "core/session/ranking_context.h"
#include "core/store/evaluation_records.h"
#include "core/store/project_data.h"
#include "core/util/progress.h"

namespace near2::session {

// Throws InputError when the project has no run or no query embeddings, or `dim` is outside 1..full.
ProjectSnapshot snapshotWithDim(const ProjectSnapshot& project, const RankingContext& context, int dim,
                                const JobControl& job);

// Every query of the project's split evaluated at `dim` alone with the project's settings, from these
// embeddings of the dataset's catalog and queries.
EvaluationRecords recordsAtDim(const ProjectSnapshot& project, const Dataset& dataset,
                               const EmbeddingMatrix& corpus, const EmbeddingMatrix& queries, int dim,
                               const JobControl& job);

// Inserts `added`'s single dim into `run` in order (nothing when the run has it). Throws InputError when the
// run's queries, metrics or depth differ from what the project's settings give now.
void mergeDim(StoredRun& run, const EvaluationRecords& added, int dim);

} // namespace near2::session
