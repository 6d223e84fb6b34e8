#include "widgets/jobs/demo_model.h"

#include "core/demo/hashing_embedder.h"

namespace near2::jobs {

EmbeddingMatrix embedWithDemoModel(const std::vector<std::string>& texts)
{
    demo::HashingEmbedder embedder(kDemoModelDim);
    return embedder.embedAll(texts);
}

std::vector<float> embedQueryWithDemoModel(const std::string& text)
{
    demo::HashingEmbedder embedder(kDemoModelDim);
    return embedder.embed(text);
}

} // namespace near2::jobs
