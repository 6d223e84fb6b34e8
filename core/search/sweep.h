#pragma once
// Exact top-k at every nested dimension in one pass over the catalog (the Matryoshka sweep).
// Scores are cosines of the d-dim prefixes: prefix dot products accumulate segment by segment
// (queries × catalog tiles, matrix products), so the total arithmetic equals one full-dim search.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/embed/embedding_matrix.h"
#include "core/search/top_k_lists.h"
#include "core/util/progress.h"

namespace near2 {

enum class SweepEngine {
    Fused, // CPU: matrix products per tile + a per-dim threshold scan (default on CPU)
    Torch, // matrix products + torch::topk per tile, on the chosen device (the GPU path)
};

struct SweepOptions
{
    std::vector<int> dims;     // ascending, each in 1..full dimension
    std::size_t k = 100;       // results kept per query and dim
    SweepEngine engine = SweepEngine::Fused;
    std::string device = "cpu"; // "cpu" or "cuda" (Torch engine only)
    std::size_t queryBlock = 256; // queries per block; memory grows with queryBlock × dims × k per thread
    std::size_t docTile = 1024;   // catalog rows per matrix product
};

// `tieRanks[doc]` orders documents with equal scores (higher first). Thread count: LibTorch's setting.
// Throws InputError for dims outside 1..dim or mismatched dimensions, CancelledError when cancelled.
SweepResult sweepTopK(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                      std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                      const JobControl& job = {});

void validateSweepDims(const std::vector<int>& dims, std::size_t fullDim);

} // namespace near2
