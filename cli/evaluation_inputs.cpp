#include "cli/evaluation_inputs.h"

#include "cli/model_trust_flag.h"
#include "core/eval/dims.h"
#include "core/eval/gain_map.h"
#include "core/eval/metric_spec.h"
#include "core/search/model_embeddings.h"
#include "core/session/dataset_files.h"
#include "core/session/evaluation_sources.h"
#include "core/util/error.h"

#include <iostream>

namespace near2::cli {

void addEvaluationSourceOptions(CLI::App& app, EvaluationSourceOptions& options,
                                const std::string& defaultCutoffs)
{
    options.cutoffs = defaultCutoffs;
    app.add_option("--dataset", options.dataset,
                   "BEIR folder (corpus.jsonl, queries.jsonl, qrels/<split>.tsv)")
        ->required();
    app.add_option("--split", options.split, "Qrels split to evaluate (default test)");
    app.add_option("--encoding", options.encoding, "Text encoding of the dataset files (default UTF-8)");
    app.add_option("--corpus-embeddings", options.corpusEmbeddings,
                   "Catalog embeddings (.npy or .fvecs), one row per corpus.jsonl record");
    app.add_option("--query-embeddings", options.queryEmbeddings,
                   "Query embeddings (.npy or .fvecs), one row per queries.jsonl record");
    app.add_option("--model", options.model,
                   "Model folder (Hugging Face or bundle): encode catalog and queries (cached)");
    app.add_option("--dims", options.dims,
                   "Nested dims, e.g. 8,16,32 (default: powers of two from 8, plus the full dim)");
    app.add_option("--k", options.cutoffs, "Cutoffs, e.g. 10,100 (default " + defaultCutoffs + ")");
    app.add_option("--gains", options.gains,
                   "Label gains (default E=1,S=0.1,C=0.01,I=0; numbers gain their value)");
    app.add_option("--relevant-threshold", options.relevantThreshold,
                   "Gain at which a product counts as relevant for P, recall, MRR, MAP, hit (default 1)");
    app.add_flag("--strict", options.strict, "Judgements naming missing queries or products are an error");
    app.add_option("--device", options.device, "cpu, cuda or auto (default cpu)");
    app.add_option("--batch-size", options.batchSize, "Texts per encoding batch with --model (default 64)");
    addTrustModelCodeFlag(app);
}

DatasetSource datasetSourceOf(const EvaluationSourceOptions& options)
{
    DatasetSource source;
    source.format = "beir";
    source.paths = {options.dataset};
    source.split = options.split;
    source.columnMapping = session::joinMappingSpec({"", options.encoding});
    return source;
}

ModelSource modelSourceOf(const EvaluationSourceOptions& options)
{
    ModelSource model;
    if (options.model.empty()) {
        model.kind = "embeddings";
        model.paths = {options.corpusEmbeddings, options.queryEmbeddings};
    } else {
        model.kind = "bundle";
        model.paths = {options.model};
    }
    return model;
}

Dataset loadEvaluationInputs(const EvaluationSourceOptions& options, EvaluationInputs& inputs,
                             const JobControl& job)
{
    inputs.split = options.split;
    inputs.gains = GainMap::parse(options.gains);
    inputs.scoring.spec.cutoffs = MetricSpec::parseCutoffs(options.cutoffs);
    inputs.scoring.relevantThreshold = options.relevantThreshold;
    inputs.strict = options.strict;
    inputs.device = options.device;
    if (!options.dims.empty())
        inputs.dims = parseDims(options.dims);
    if (options.model.empty() == (options.corpusEmbeddings.empty() || options.queryEmbeddings.empty()))
        throw InputError("give either --model or both --corpus-embeddings and --query-embeddings");

    Dataset dataset = session::loadDataset(datasetSourceOf(options));
    const session::AttachedModel model =
        session::attachEmbeddings(inputs, dataset, modelSourceOf(options),
                                  {.batchSize = options.batchSize, .device = options.device}, job);
    if (!model.similarityNote.empty())
        std::cerr << "near2: note: " << model.similarityNote << '\n';
    if (!model.device.empty())
        inputs.device = model.device;
    return dataset;
}

} // namespace near2::cli
