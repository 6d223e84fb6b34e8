#include "core/session/project_builder.h"

#include "core/session/dataset_files.h"
#include "core/session/evaluation_sources.h"
#include "core/session/run_provenance_of.h"
#include "core/store/evaluation_records.h"
#include "core/store/project_store.h"
#include "core/util/error.h"

namespace near2::session {

std::int64_t storeEvaluationRun(const std::filesystem::path& projectFile, const DatasetSource& source,
                                const ModelSource& model, ProjectSettings settings, const Dataset& dataset,
                                const EvaluationOutcome& outcome, const std::string& label)
{
    settings.dims = outcome.result.dims;
    const auto records =
        recordsOf(dataset, source.split, outcome.plan, outcome.rankings, outcome.result, label);
    const RunProvenance provenance = runProvenanceOf(model, settings, source.split); // before the write
    ProjectStore store(projectFile);
    const std::int64_t id = storeEvaluation(store, source, model, settings, records);
    store.setRunProvenance(id, provenance);
    return id;
}

std::int64_t addEvaluationRun(const ProjectSetup& setup, const JobControl& job)
{
    std::error_code error;
    const auto folder = setup.projectFile.parent_path();
    if (!folder.empty() && !std::filesystem::is_directory(folder, error)) // known before the long work
        throw InputError(setup.projectFile, "the folder for the project file does not exist");
    job.report("load dataset", 0, 1);
    const Dataset dataset = loadDataset(setup.dataset);
    job.checkCancelled();
    const EvaluationInputs inputs =
        evaluationInputsOf(dataset, setup.dataset, setup.model, setup.settings, job);
    const EvaluationOutcome outcome = evaluate(dataset, inputs, job);
    job.checkCancelled(); // nothing is stored after Cancel
    job.report("save project", 0, 1);
    ModelSource model = setup.model;
    model.dim = inputs.corpusEmbeddings.dim();
    if (std::filesystem::exists(setup.projectFile, error)) // a run added in one transaction
        return storeEvaluationRun(setup.projectFile, setup.dataset, model, setup.settings, dataset, outcome,
                                  setup.runLabel);
    // A new project is written beside its name and renamed once complete: a failure or a cancel while
    // saving leaves no file behind.
    std::filesystem::path partial = setup.projectFile;
    partial += ".part";
    const auto removePartial = [&partial] {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(partial.string() + suffix, ignored);
    };
    std::int64_t id = 0;
    try {
        id = storeEvaluationRun(partial, setup.dataset, model, setup.settings, dataset, outcome,
                                setup.runLabel);
        job.checkCancelled();
        std::filesystem::rename(partial, setup.projectFile, error);
        if (error)
            throw InputError(setup.projectFile, "cannot be written: " + error.message());
    } catch (...) {
        removePartial();
        throw;
    }
    removePartial();
    return id;
}

ProjectSnapshot buildProject(const ProjectSetup& setup, const JobControl& job)
{
    addEvaluationRun(setup, job);
    return ProjectStore(setup.projectFile).load();
}

ProjectSnapshot openProject(const std::filesystem::path& file)
{
    if (!std::filesystem::exists(file))
        throw InputError(file, "no such project file");
    // Opened for writing (later edits), which would give an empty file a schema: refused as `near2 report`
    // refuses it, instead of turning someone's empty file into a project.
    std::error_code error;
    if (std::filesystem::is_regular_file(file, error) && std::filesystem::file_size(file, error) == 0 &&
        !error)
        throw InputError(file, "is an empty file (0 bytes), not a NEAR² project");
    return ProjectStore(file).load();
}

OpenedProject withDatasetCheck(ProjectSnapshot snapshot)
{
    auto missing = missingDatasetPaths(snapshot.dataset);
    return {std::move(snapshot), std::move(missing)};
}

ProjectSnapshot relocateDataset(ProjectStore& store, const DatasetSource& dataset)
{
    const ProjectSnapshot old = store.load();
    store.saveSources(dataset, old.model, old.settings);
    return store.load();
}

} // namespace near2::session
