#pragma once
// The stand-in hashing embedder (core/demo/hashing_embedder.h): what projects of kind "stand-in" (made before
// the trained demo model existed) use for ad-hoc queries, and a quick model-free embedder for test fixtures.
// "Open demo" uses the trained demo model (core/train/demo_model.h).
#include "core/embed/embedding_matrix.h"

#include <string>
#include <vector>

namespace near2::session {

inline constexpr std::size_t kStandInModelDim = 256;

EmbeddingMatrix embedWithStandInModel(const std::vector<std::string>& texts);
std::vector<float> embedQueryWithStandInModel(const std::string& text);

} // namespace near2::session
