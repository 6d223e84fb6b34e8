#pragma once
// What a cell reports beside its timings: its rankings in the evaluation core's order, the memory formulas
// and the estimated FLOPs per query.
#include "core/search/top_k_lists.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace near2 {

// `queries` rows of `k` searcher results (labels -1 when fewer) as top-k lists, ties broken by `tieRanks`
// (trec_eval order) as the evaluation core does.
TopKLists rankingsOf(std::span<const float> scores, std::span<const std::int64_t> labels, std::size_t queries,
                     std::size_t k, std::span<const std::uint32_t> tieRanks);

// Estimated multiply-adds × 2 of one query; 0 where the share of the catalog visited depends on the data.
double flopsPerQuery(const CellSpec& spec, std::size_t rows, std::size_t k);

// Fills bytesPerVector, indexOverheadPerVector and rescoreBytesPerVector from the formulas. A binary+rescore
// cell's bytesPerVector is what a deployment holds: d/8 bytes of codes plus the 4d bytes of float32 vectors
// the re-scoring reads (rescoreBytesPerVector).
void describeMemory(CellMeasure& cell, const CellSpec& spec);

} // namespace near2
