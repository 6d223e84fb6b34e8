#include "core/report/project_runs.h"

#include "core/store/project_store.h"
#include "core/store/run_records.h"
#include "core/util/error.h"

#include <algorithm>

namespace near2 {

namespace {

std::string describe(const std::vector<RunHeader>& runs)
{
    std::string names;
    for (const auto& run : runs)
        names += (names.empty() ? "" : ", ") + (run.label.empty() ? "#" + std::to_string(run.id) : run.label);
    return names;
}

std::int64_t idOf(const std::vector<RunHeader>& runs, const std::string& name,
                  const std::filesystem::path& file)
{
    if (runs.empty())
        throw InputError(file, "the project has no evaluation run yet (store one with " +
                                   fieldRef(InputField::EvaluateProject) + ")");
    if (name.empty())
        return runs.back().id;
    for (auto run = runs.rbegin(); run != runs.rend(); ++run)
        if (run->label == name)
            return run->id;
    const std::string digits = name.front() == '#' ? name.substr(1) : name;
    if (!digits.empty() &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        for (const auto& run : runs)
            if (std::to_string(run.id) == digits)
                return run.id;
    throw InputError(file, "no run named '" + name + "' (the project has: " + describe(runs) + ")");
}

} // namespace

ProjectSnapshot loadExistingProject(const std::filesystem::path& file)
{
    return ProjectStore(file, ProjectAccess::ReadOnly).load();
}

std::vector<RunHeader> listRuns(const std::filesystem::path& file)
{
    return ProjectStore(file, ProjectAccess::ReadOnly).runHeaders();
}

StoredRun loadRun(const std::filesystem::path& file, const std::string& name)
{
    const ProjectStore store(file, ProjectAccess::ReadOnly);
    StoredRun run = store.readRun(idOf(store.runHeaders(), name, file));
    checkRunComplete(run, file);
    return run;
}

std::vector<StoredRun> loadCompleteRuns(const std::filesystem::path& file, std::int64_t heldRunId)
{
    const ProjectStore store(file, ProjectAccess::ReadOnly);
    std::vector<StoredRun> runs;
    for (const auto& header : store.runHeaders()) {
        if (header.id == heldRunId)
            continue;
        StoredRun run = store.readRun(header.id);
        if (isRunComplete(run))
            runs.push_back(std::move(run));
    }
    return runs;
}

std::string runName(const StoredRun& run)
{
    return run.label.empty() ? "run " + std::to_string(run.id) : run.label;
}

bool isRunComplete(const StoredRun& run)
{
    return store::runComplete(run);
}

void checkRunComplete(const StoredRun& run, const std::filesystem::path& file)
{
    if (!isRunComplete(run))
        throw InputError(file, "run '" + runName(run) +
                                   "' is incomplete (cancelled midway or damaged): re-run the evaluation");
}

} // namespace near2
