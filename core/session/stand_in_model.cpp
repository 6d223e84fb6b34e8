#include "core/session/stand_in_model.h"

#include "core/demo/hashing_embedder.h"

namespace near2::session {

EmbeddingMatrix embedWithStandInModel(const std::vector<std::string>& texts)
{
    demo::HashingEmbedder embedder(kStandInModelDim);
    return embedder.embedAll(texts);
}

std::vector<float> embedQueryWithStandInModel(const std::string& text)
{
    demo::HashingEmbedder embedder(kStandInModelDim);
    return embedder.embed(text);
}

} // namespace near2::session
