#pragma once
// Building and opening a project (runs on a worker): load the dataset, embed it (model bundle through the
// embedding cache, precomputed files), evaluate every nested dim, store it all in the project file, and read
// back the snapshot the views show. Throws InputError / CancelledError.
#include "core/data/dataset.h"
#include "core/search/evaluation_run.h"
#include "core/store/project_data.h"
#include "core/util/progress.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace near2 {
class ProjectStore;
}

namespace near2::session {

struct ProjectSetup
{
    std::filesystem::path projectFile;
    DatasetSource dataset;
    ModelSource model;
    ProjectSettings settings;
    std::string runLabel = "initial";
};

// Stores an evaluation of `dataset` (sources, settings with the evaluated dims, the catalogue and the run
// labelled `label`) into `projectFile`, created when absent; returns the run's id. `near2 eval --project` and
// the workbench's builds both store through here. Throws InputError for a foreign or newer file.
std::int64_t storeEvaluationRun(const std::filesystem::path& projectFile, const DatasetSource& source,
                                const ModelSource& model, ProjectSettings settings, const Dataset& dataset,
                                const EvaluationOutcome& outcome, const std::string& label);

// Evaluates the dataset with the model and stores the run (labelled setup.runLabel) with the sources and the
// catalogue into setup.projectFile; into an existing project, the run is added and the model becomes its own.
// Returns the run's id.
std::int64_t addEvaluationRun(const ProjectSetup& setup, const JobControl& job);

// addEvaluationRun, then the project as the views show it.
ProjectSnapshot buildProject(const ProjectSetup& setup, const JobControl& job);

ProjectSnapshot openProject(const std::filesystem::path& file);

// A snapshot with the indexes of its dataset paths that no longer exist, checked where it was read.
struct OpenedProject
{
    ProjectSnapshot snapshot;
    std::vector<std::size_t> missingDatasetPaths;
};
OpenedProject withDatasetCheck(ProjectSnapshot snapshot);

// Points the project at the dataset's new location (same content expected) and reads the snapshot again.
ProjectSnapshot relocateDataset(ProjectStore& store, const DatasetSource& dataset);

// The demo project in `cacheDir`: the demo shop (BEIR layout) with two runs, the plain baseline model's and
// the Matryoshka demo model's (the one its views and ad-hoc queries use); built once, reopened afterwards.
std::filesystem::path demoProjectFile(const std::filesystem::path& cacheDir);
ProjectSnapshot openDemo(const std::filesystem::path& cacheDir, const JobControl& job);

} // namespace near2::session
