#pragma once
// Reading runs back from an existing project for reports and comparisons: list them, pick one by label or
// id, and refuse runs that are incomplete (a job cancelled midway, a damaged file) with InputError.
#include "core/store/project_data.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace near2 {

// Loads the project's snapshot; InputError when the file does not exist (a report never creates a project).
ProjectSnapshot loadExistingProject(const std::filesystem::path& file);

std::vector<RunHeader> listRuns(const std::filesystem::path& file); // oldest first

// `name` is a run label, or its id ("3" or "#3"); empty: the newest run. InputError when the project has no
// run, when no run matches (the message lists them), or when the run is incomplete.
StoredRun loadRun(const std::filesystem::path& file, const std::string& name);

// Every complete run, oldest first; incomplete runs (cancelled midway, damaged) are left out. Empty when the
// project has no run. `heldRunId`: a run the caller already holds in memory, not read again.
std::vector<StoredRun> loadCompleteRuns(const std::filesystem::path& file, std::int64_t heldRunId = 0);

// The name reports show for a run: its label, or "run <id>".
std::string runName(const StoredRun& run);

bool isRunComplete(const StoredRun& run);
// Throws InputError when the run lacks dims, metrics or rankings for some of its dims.
void checkRunComplete(const StoredRun& run, const std::filesystem::path& file);

} // namespace near2
