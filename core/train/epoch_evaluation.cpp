#include "core/train/epoch_evaluation.h"

#include "core/encoder/text_encoder.h"
#include "core/search/evaluation_run.h"
#include "core/search/model_embeddings.h"
#include "core/util/error.h"

namespace near2 {

std::string chooseEvaluationSplit(const Dataset& dataset, const std::string& requested,
                                  const std::string& trainSplit)
{
    if (requested == "none")
        return "";
    if (requested != "auto") {
        dataset.split(requested); // throws, naming the splits present
        return requested;
    }
    for (const char* name : {"dev", "validation", "test"})
        if (name != trainSplit && dataset.splits.contains(name))
            return name;
    return "";
}

EvaluationResult evaluateBundle(const Dataset& dataset, const std::filesystem::path& bundleFolder,
                                const EpochEvaluationSettings& settings, const JobControl& job)
{
    const ModelBundle bundle = ModelBundle::open(bundleFolder);
    std::vector<std::string> documents, queries;
    documents.reserve(dataset.corpus.size());
    for (const Record& record : dataset.corpus)
        documents.push_back(documentText(record));
    for (const Record& record : dataset.queries)
        queries.push_back(record.text);
    // near2 eval --model's defaults: another batch size would move values by float rounding.
    const EncodeOptions encode{.device = settings.device};
    EvaluationInputs inputs;
    inputs.split = settings.split;
    inputs.corpusEmbeddings = encodeTexts(bundle, documents, TextKind::Document, encode, job);
    inputs.queryEmbeddings = encodeTexts(bundle, queries, TextKind::Query, encode, job);
    inputs.dims = settings.dims;
    inputs.gains = settings.gains;
    inputs.scoring.spec.metrics = {Metric::Ndcg, Metric::Recall, Metric::Mrr};
    inputs.scoring.spec.cutoffs = {10, 100};
    inputs.scoring.relevantThreshold = settings.relevantThreshold;
    inputs.device = settings.device;
    return evaluate(dataset, inputs, job).result;
}

} // namespace near2
