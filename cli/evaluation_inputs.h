#pragma once
// The inputs `near2 eval` and `near2 tradeoffs` share: a BEIR dataset plus embeddings, either from files
// (--corpus-embeddings/--query-embeddings) or encoded with a model bundle (--model), and the scoring options.
#include "core/data/dataset.h"
#include "core/search/evaluation_run.h"
#include "core/store/project_data.h"
#include "core/util/progress.h"

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

namespace near2::cli {

struct EvaluationSourceOptions
{
    std::string dataset, split = "test", encoding = "UTF-8";
    std::string corpusEmbeddings, queryEmbeddings, model, device = "cpu";
    std::string dims, cutoffs, gains = "E=1,S=0.1,C=0.01,I=0";
    double relevantThreshold = 1.0;
    bool strict = false;
    std::size_t batchSize = 64;
};

// Declares --dataset --split --encoding --corpus-embeddings --query-embeddings --model --dims --k --gains
// --relevant-threshold --strict --device --batch-size; `defaultCutoffs` is --k's default ("10,100").
void addEvaluationSourceOptions(CLI::App& app, EvaluationSourceOptions& options,
                                const std::string& defaultCutoffs);

// The options as the core names a dataset (BEIR, the split, a non-UTF-8 encoding) and a model (a bundle, or
// the two embedding files).
DatasetSource datasetSourceOf(const EvaluationSourceOptions& options);
ModelSource modelSourceOf(const EvaluationSourceOptions& options);

// Reads the dataset, fills `inputs` (split, gains, cutoffs, threshold, strict, dims, device, embeddings and
// their names); notes on stderr when the model declares a similarity other than cosine. Throws InputError
// for bad values or when not exactly one embedding source is given.
Dataset loadEvaluationInputs(const EvaluationSourceOptions& options, EvaluationInputs& inputs,
                             const JobControl& job);

} // namespace near2::cli
