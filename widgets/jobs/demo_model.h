#pragma once
// The model "Open demo" uses. For now the stand-in hashing embedder (core/demo/hashing_embedder.h); when the
// trained demo model (core/train/) lands, only these functions change.
#include "core/embed/embedding_matrix.h"

#include <string>
#include <vector>

namespace near2::jobs {

inline constexpr std::size_t kDemoModelDim = 256;

EmbeddingMatrix embedWithDemoModel(const std::vector<std::string>& texts);
std::vector<float> embedQueryWithDemoModel(const std::string& text);

} // namespace near2::jobs
