#pragma once
// The sweep of an MPI job: each rank sweeps its contiguous slice of the catalog at every nested dim, and rank
// 0 merges the slices' top-k lists into exactly the single process's lists (score descending, ties by the
// higher tie rank: trec_eval's rule). In a single process it is sweepTopK itself.
#include "core/search/sweep.h"

#include <cstdint>
#include <span>
#include <vector>

namespace near2::cluster {

// Collective. On rank 0 the whole catalog's lists; on the other ranks padded lists of the same shape (they
// write nothing). A non-finite catalog row is reported with its row in the whole catalog.
SweepResult sweepAcrossRanks(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                             std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                             const JobControl& job = {});

// The lists of consecutive catalog slices (documents already numbered in the whole catalog) merged into the
// whole catalog's top `k`: what rank 0 does with what the ranks send.
SweepResult mergeSliceResults(const std::vector<SweepResult>& slices, std::span<const std::uint32_t> tieRanks,
                              std::size_t k);

// A sweep result as bytes and back (what crosses between ranks).
std::vector<std::byte> serialise(const SweepResult& result);
SweepResult deserialise(std::span<const std::byte> bytes);

} // namespace near2::cluster
