#pragma once
// Embeddings of a dataset's catalog and queries with a model bundle, through the embedding cache.
#include "core/data/dataset.h"
#include "core/embed/embedding_matrix.h"
#include "core/encoder/text_encoder.h"
#include "core/util/progress.h"

#include <string>

namespace near2 {

struct ModelEmbeddings
{
    EmbeddingMatrix corpus;  // one row per catalog record
    EmbeddingMatrix queries; // one row per query record
    std::string device;      // where the model ran
    // Why the ranking may differ from what the model's authors intended (a similarity other than cosine
    // declared); empty when there is nothing to say.
    std::string similarityNote;
};

// The text a catalog record is encoded from: title + " " + text (either alone when the other is empty).
std::string documentText(const Record& record);

// How runs, reports and trade-off cache keys name the embeddings a bundle encodes: the command line and the
// workbench must agree, or neither reuses the other's trade-off cells.
std::string modelCatalogSource(const std::string& bundleFolder);
std::string modelQuerySource(const std::string& bundleFolder);

ModelEmbeddings encodeDatasetWithModel(const std::string& bundleFolder, const Dataset& dataset,
                                       const EncodeOptions& options, const JobControl& job);

} // namespace near2
