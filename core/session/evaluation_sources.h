#pragma once
// What an evaluation reads besides the dataset, the same for `near2 eval` / `near2 tradeoffs` and the
// workbench: the embeddings of catalog and queries (a model bundle encoded through the embedding cache, or
// two embedding files) with the names that messages, runs and trade-off cache keys give them, and a project's
// settings as evaluation inputs.
#include "core/data/dataset.h"
#include "core/encoder/text_encoder.h"
#include "core/search/evaluation_run.h"
#include "core/store/project_data.h"
#include "core/util/progress.h"

#include <string>

namespace near2::session {

struct EmbeddingNames
{
    std::string corpus, queries;
};
// A bundle's encodings as modelCatalogSource/modelQuerySource name them, else the two files' paths.
EmbeddingNames embeddingNames(const ModelSource& model);

struct AttachedModel
{
    std::string device;         // where a bundle ran (empty for embedding files)
    std::string similarityNote; // ModelEmbeddings::similarityNote (empty for embedding files)
};
// Fills inputs.corpusEmbeddings and queryEmbeddings with their names; says where a bundle ran and what its
// configuration asks to be noted. Throws InputError (a missing or unreadable file, not two embedding files).
AttachedModel attachEmbeddings(EvaluationInputs& inputs, const Dataset& dataset, const ModelSource& model,
                               const EncodeOptions& encode, const JobControl& job);

// The project's evaluation settings for `split` (dims, gains, threshold, cutoffs k and 100), no embeddings.
EvaluationInputs evaluationInputs(const ProjectSettings& settings, const std::string& split);

// Both, for a project: the embeddings (the bundle with default encoding options) and the settings.
EvaluationInputs evaluationInputsOf(const Dataset& dataset, const DatasetSource& source,
                                    const ModelSource& model, const ProjectSettings& settings,
                                    const JobControl& job);

} // namespace near2::session
