#pragma once
// Exact top-k at every nested dimension in one pass over the catalog (the Matryoshka sweep).
// Scores are cosines of the d-dim prefixes: prefix dot products accumulate segment by segment
// (queries × catalog tiles, matrix products), so the total arithmetic equals one full-dim search.
#include "core/embed/embedding_matrix.h"
#include "core/search/top_k_lists.h"
#include "core/util/progress.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace near2 {

enum class SweepEngine {
    Fused,          // CPU default: see cpuEngineFor
    FusedRegisters, // CPU: prefix dot products kept in registers, checked at every dim (AVX-512 only)
    FusedProducts,  // CPU: a matrix product per segment and tile + a per-dim threshold scan
    Torch,          // matrix products + torch::topk per tile, on the chosen device (the GPU path)
};

struct SweepOptions
{
    std::vector<int> dims; // ascending, each in 1..full dimension
    std::size_t k = 100;   // results kept per query and dim
    SweepEngine engine = SweepEngine::Fused;
    std::string device = "cpu"; // "cpu" or "cuda" (Torch engine only)
    // 0: the engine's own choice (registers: the queries split evenly between workers in waves bounded by a
    // candidate-memory budget, tiles of 256; products 256 × 1,024; Torch 256 × 8,192, more on a GPU).
    // Memory grows with queryBlock × dims × k per thread.
    std::size_t queryBlock = 0; // queries per block
    std::size_t docTile = 0;    // catalog rows per tile
};

// `tieRanks[doc]` orders documents with equal scores (higher first). Thread count: LibTorch's setting.
// Throws InputError for dims outside 1..dim or mismatched dimensions, CancelledError when cancelled.
SweepResult sweepTopK(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                      std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                      const JobControl& job = {});

// The catalog rows of the CPU engines' tiles: a product's score depends only on its tile and its place there.
std::size_t sweepTileRows(const SweepOptions& options);

// Whether SweepEngine::FusedRegisters runs on this CPU.
bool registerSweepAvailable();

// The engine SweepEngine::Fused stands for: FusedRegisters where it runs and the queries fill a 12-query
// panel per worker (it scans whole queries, one worker each), FusedProducts otherwise (it can split the
// catalog between workers).
SweepEngine cpuEngineFor(std::size_t queries, std::size_t workers, bool registersAvailable);

void validateSweepDims(const std::vector<int>& dims, std::size_t fullDim);

// Memory a sweep needs besides the catalog, which it streams: the top-k lists of every query at every dim
// (k capped at the catalog's rows), one wave's candidate buffers and the workers' tiles. `requireSweepMemory`
// throws InputError (core/util/memory_budget.h) when that exceeds the memory limit.
std::uint64_t sweepMemoryBytes(std::size_t queries, std::size_t rows, std::size_t dim, std::size_t dimCount,
                               std::size_t k, std::size_t workers);
void requireSweepMemory(std::size_t queries, std::size_t rows, std::size_t dim, std::size_t dimCount,
                        std::size_t k);

} // namespace near2
