#pragma once
// Evaluation runs in the project file: one `runs` row plus one `run_dims` row per dim holding the mean and
// per-query metrics (float64 BLOBs) and the top-k docs (int32) and scores (float32) of every query.
#include "core/store/project_data.h"
#include "core/store/sqlite_database.h"

namespace near2::store {

std::int64_t writeRun(const Database& db, const StoredRun& run); // inside the caller's transaction
// Adds `run`'s dim number `d` (its metrics and rankings) to the stored run `runId`, e.g. a dim evaluated on
// demand after the sweep; a dim the stored run already has is left as it is. Inside the caller's transaction.
void writeRunDim(const Database& db, std::int64_t runId, const StoredRun& run, std::size_t d);
// Dims in ascending order, whatever order they were stored in. InputError when a column is damaged (JSON,
// array sizes, absurd dims or k); a run without dims is returned as it is (see runComplete).
StoredRun readRun(const Database& db, std::int64_t id);
// Whether the run has metrics and rankings for each of its dims, and at least one dim, query and column.
bool runComplete(const StoredRun& run);
// InputError naming the project file when !runComplete(run).
void checkRunUsable(const Database& db, const StoredRun& run);

} // namespace near2::store
