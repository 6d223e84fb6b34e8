#include "core/report/project_runs.h"

#include "core/store/project_store.h"
#include "core/store/run_records.h"
#include "core/store/sqlite_database.h"
#include "core/util/error.h"

#include <algorithm>

namespace near2 {

namespace {

void requireFile(const std::filesystem::path& file)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw InputError(file, "no such project file");
}

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
    requireFile(file);
    return ProjectStore(file).load();
}

std::vector<RunHeader> listRuns(const std::filesystem::path& file)
{
    requireFile(file);
    ProjectStore checked(file); // refuses foreign, newer or corrupt files
    store::Database db(file);
    store::Statement select(db, "SELECT id, label, created FROM runs ORDER BY id");
    std::vector<RunHeader> runs;
    while (select.step())
        runs.push_back({select.number(0), select.text(1), select.text(2)});
    return runs;
}

StoredRun loadRun(const std::filesystem::path& file, const std::string& name)
{
    const auto runs = listRuns(file);
    const std::int64_t id = idOf(runs, name, file);
    store::Database db(file);
    StoredRun run = store::readRun(db, id);
    checkRunComplete(run, file);
    return run;
}

std::vector<StoredRun> loadCompleteRuns(const std::filesystem::path& file, std::int64_t heldRunId)
{
    const auto headers = listRuns(file);
    store::Database db(file);
    std::vector<StoredRun> runs;
    for (const auto& header : headers) {
        if (header.id == heldRunId)
            continue;
        StoredRun run = store::readRun(db, header.id);
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
    const auto& result = run.result;
    const std::size_t dims = result.dims.size();
    return dims > 0 && !result.queryIds.empty() && !result.columns.empty() && result.mean.size() == dims &&
           result.perQuery.size() == dims && run.rankings.perDim.size() == dims &&
           std::all_of(result.mean.begin(), result.mean.end(),
                       [&](const auto& mean) { return mean.size() == result.columns.size(); });
}

void checkRunComplete(const StoredRun& run, const std::filesystem::path& file)
{
    if (!isRunComplete(run))
        throw InputError(file, "run '" + runName(run) +
                                   "' is incomplete (cancelled midway or damaged): re-run the evaluation");
}

} // namespace near2
