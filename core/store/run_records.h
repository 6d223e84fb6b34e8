#pragma once
// Evaluation runs in the project file: one `runs` row plus one `run_dims` row per dim holding the mean and
// per-query metrics (float64 BLOBs) and the top-k docs (int32) and scores (float32) of every query.
#include "core/store/project_data.h"
#include "core/store/sqlite_database.h"

namespace near2::store {

std::int64_t writeRun(const Database& db, const StoredRun& run); // inside the caller's transaction
StoredRun readRun(const Database& db, std::int64_t id);

} // namespace near2::store
