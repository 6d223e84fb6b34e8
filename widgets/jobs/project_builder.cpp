#include "widgets/jobs/project_builder.h"

#include "core/data/loaders.h"
#include "core/eval/dims.h"
#include "core/search/model_embeddings.h"
#include "core/store/evaluation_records.h"
#include "core/store/project_store.h"
#include "core/util/error.h"
#include "widgets/jobs/dataset_files.h"
#include "widgets/jobs/demo_model.h"

namespace near2::jobs {

namespace {

struct DatasetEmbeddings
{
    EmbeddingMatrix corpus, queries;
};

DatasetEmbeddings embed(const Dataset& dataset, const ModelSource& model, const JobControl& job)
{
    if (model.kind == "bundle") {
        auto encoded = encodeDatasetWithModel(model.paths.at(0), dataset, EncodeOptions{}, job);
        return {encoded.corpus, encoded.queries};
    }
    if (model.paths.size() != 2)
        throw InputError("the model needs two embedding files: the catalog's and the queries'");
    return {readEmbeddings(model.paths[0]), readEmbeddings(model.paths[1])};
}

} // namespace

Dataset loadDataset(const DatasetSource& source)
{
    if (source.paths.empty())
        throw InputError("the project names no dataset");
    if (source.format == "beir" || source.format == "demo")
        return readBeir(source.paths[0]);
    const MappingSpec spec = splitMappingSpec(source.columnMapping);
    ReadOptions options;
    options.encoding = spec.encoding;
    if (source.format == "esci") {
        if (source.paths.size() != 2)
            throw InputError("an ESCI dataset needs two files: the examples and the products");
        return readEsci(source.paths[0], source.paths[1], options);
    }
    if (source.format == "csv")
        return readMappedCsv(source.paths[0], ColumnMapping::parse(spec.roles), options);
    throw InputError("unknown dataset format '" + source.format + "'");
}

EvaluationInputs evaluationInputs(const ProjectSettings& settings, const std::string& split)
{
    EvaluationInputs inputs;
    inputs.split = split;
    inputs.dims = settings.dims;
    inputs.gains = GainMap::parse(settings.gains);
    inputs.scoring.relevantThreshold = settings.relevantThreshold;
    inputs.scoring.spec.cutoffs = {settings.k, 100};
    return inputs;
}

EvaluationInputs evaluationInputsOf(const Dataset& dataset, const DatasetSource& source,
                                    const ModelSource& model, const ProjectSettings& settings,
                                    const JobControl& job)
{
    const DatasetEmbeddings embeddings = embed(dataset, model, job);
    EvaluationInputs inputs = evaluationInputs(settings, source.split);
    inputs.corpusEmbeddings = embeddings.corpus;
    inputs.queryEmbeddings = embeddings.queries;
    return inputs;
}

ProjectSnapshot buildProject(const ProjectSetup& setup, const JobControl& job)
{
    job.report("load dataset", 0, 1);
    const Dataset dataset = loadDataset(setup.dataset);
    const EvaluationInputs inputs =
        evaluationInputsOf(dataset, setup.dataset, setup.model, setup.settings, job);
    const EvaluationOutcome outcome = evaluate(dataset, inputs, job);
    job.report("save project", 0, 1);
    ModelSource model = setup.model;
    model.dim = inputs.corpusEmbeddings.dim();
    ProjectSettings settings = setup.settings;
    settings.dims = outcome.result.dims;
    const auto records =
        recordsOf(dataset, inputs.split, outcome.plan, outcome.rankings, outcome.result, setup.runLabel);
    ProjectStore store(setup.projectFile);
    storeEvaluation(store, setup.dataset, model, settings, records);
    return store.load();
}

ProjectSnapshot relocateDataset(const std::filesystem::path& file, const DatasetSource& dataset)
{
    ProjectStore store(file);
    const ProjectSnapshot old = store.load();
    store.saveSources(dataset, old.model, old.settings);
    return store.load();
}

ProjectSnapshot openProject(const std::filesystem::path& file)
{
    if (!std::filesystem::exists(file))
        throw InputError(file, "no such project file");
    return ProjectStore(file).load();
}

} // namespace near2::jobs
