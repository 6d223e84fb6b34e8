#pragma once
// The sweep on AVX-512 CPUs (SweepEngine::FusedRegisters): the catalog is packed into panels once, a slice
// at a time by all workers together; each worker then runs the register kernel (prefix_panels.h) for its own
// queries over the slice. Every query is scanned by one worker against the whole catalog, so its threshold
// rises as fast as it can, and no score matrix is written.
#include "core/search/sweep.h"

namespace near2 {

SweepResult sweepInRegisters(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                             std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                             const JobControl& job);

} // namespace near2
