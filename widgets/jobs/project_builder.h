#pragma once
// Building a project (Qt-free, runs on a worker): load the dataset, embed it (model bundle through the
// embedding cache, precomputed files, or the demo model), evaluate every nested dim, store it all in the
// project file, and read back the snapshot the views show. Throws InputError / CancelledError.
#include "core/data/dataset.h"
#include "core/search/evaluation_run.h"
#include "core/store/project_data.h"
#include "core/util/progress.h"

#include <filesystem>

namespace near2::jobs {

struct ProjectSetup
{
    std::filesystem::path projectFile;
    DatasetSource dataset;
    ModelSource model;
    ProjectSettings settings;
    std::string runLabel = "initial";
};

Dataset loadDataset(const DatasetSource& source);
// The project's evaluation settings (dims, gains, threshold, cutoffs k and 100), without embeddings.
EvaluationInputs evaluationInputs(const ProjectSettings& settings, const std::string& split);
// What an evaluation of the project needs: the embeddings (encoded, read or the demo model's) and the
// settings as scoring options (cutoffs k and 100).
EvaluationInputs evaluationInputsOf(const Dataset& dataset, const DatasetSource& source,
                                    const ModelSource& model, const ProjectSettings& settings,
                                    const JobControl& job);
// Evaluates the dataset with the model and stores the run (labelled setup.runLabel) with the sources and the
// catalogue into setup.projectFile; into an existing project, the run is added and the model becomes its own.
ProjectSnapshot buildProject(const ProjectSetup& setup, const JobControl& job);
ProjectSnapshot openProject(const std::filesystem::path& file);
// Points the project at the dataset's new location (same content expected) and reads the snapshot again.
ProjectSnapshot relocateDataset(const std::filesystem::path& file, const DatasetSource& dataset);

// The demo project in `cacheDir`: the demo shop (BEIR layout) with two runs, the plain baseline model's and
// the Matryoshka demo model's (the one its views and ad-hoc queries use); built once, reopened afterwards.
std::filesystem::path demoProjectFile(const std::filesystem::path& cacheDir);
ProjectSnapshot openDemo(const std::filesystem::path& cacheDir, const JobControl& job);

} // namespace near2::jobs
