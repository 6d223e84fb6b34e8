#include "core/session/evaluation_sources.h"

#include "core/eval/gain_map.h"
#include "core/search/model_embeddings.h"
#include "core/util/error.h"

#include <algorithm>

namespace near2::session {

EmbeddingNames embeddingNames(const ModelSource& model)
{
    if (model.kind == "bundle")
        return {modelCatalogSource(model.paths.at(0)), modelQuerySource(model.paths.at(0))};
    if (model.paths.size() != 2)
        throw InputError("the model needs two embedding files: the catalog's and the queries'");
    return {model.paths[0], model.paths[1]};
}

AttachedModel attachEmbeddings(EvaluationInputs& inputs, const Dataset& dataset, const ModelSource& model,
                               const EncodeOptions& encode, const JobControl& job)
{
    const EmbeddingNames names = embeddingNames(model);
    AttachedModel attached;
    if (model.kind == "bundle") {
        ModelEmbeddings encoded = encodeDatasetWithModel(model.paths[0], dataset, encode, job);
        inputs.corpusEmbeddings = std::move(encoded.corpus);
        inputs.queryEmbeddings = std::move(encoded.queries);
        attached = {std::move(encoded.device), std::move(encoded.similarityNote)};
    } else {
        inputs.corpusEmbeddings = readEmbeddings(model.paths[0]);
        job.checkCancelled();
        inputs.queryEmbeddings = readEmbeddings(model.paths[1]);
    }
    inputs.corpusSource = names.corpus;
    inputs.querySource = names.queries;
    return attached;
}

EvaluationInputs evaluationInputs(const ProjectSettings& settings, const std::string& split)
{
    EvaluationInputs inputs;
    inputs.split = split;
    inputs.dims = settings.dims;
    inputs.gains = GainMap::parse(settings.gains);
    inputs.scoring.relevantThreshold = settings.relevantThreshold;
    auto& cutoffs = inputs.scoring.spec.cutoffs;
    cutoffs = {settings.k};
    for (const int k : settings.moreK)
        if (std::find(cutoffs.begin(), cutoffs.end(), k) == cutoffs.end())
            cutoffs.push_back(k);
    if (std::find(cutoffs.begin(), cutoffs.end(), 100) == cutoffs.end())
        cutoffs.push_back(100);
    return inputs;
}

EvaluationInputs evaluationInputsOf(const Dataset& dataset, const DatasetSource& source,
                                    const ModelSource& model, const ProjectSettings& settings,
                                    const JobControl& job)
{
    EvaluationInputs inputs = evaluationInputs(settings, source.split);
    attachEmbeddings(inputs, dataset, model, EncodeOptions{}, job);
    return inputs;
}

} // namespace near2::session
