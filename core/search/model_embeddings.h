#pragma once
// Embeddings of a dataset's catalog and queries with a model bundle, through the embedding cache.
#include <string>

#include "core/data/dataset.h"
#include "core/embed/embedding_matrix.h"
#include "core/encoder/text_encoder.h"
#include "core/util/progress.h"

namespace near2 {

struct ModelEmbeddings
{
    EmbeddingMatrix corpus;  // one row per catalog record
    EmbeddingMatrix queries; // one row per query record
    std::string device;      // where the model ran
};

// The text a catalog record is encoded from: title + " " + text (either alone when the other is empty).
std::string documentText(const Record& record);

ModelEmbeddings encodeDatasetWithModel(const std::string& bundleFolder, const Dataset& dataset,
                                       const EncodeOptions& options, const JobControl& job);

} // namespace near2
