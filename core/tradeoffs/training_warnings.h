#pragma once
// What FAISS warns about (on stderr, where nobody reads it) when it trains a cell's quantizers on too few
// points: k-means wants at least 39 training points per centroid (faiss::ClusteringParameters::
// min_points_per_centroid). Worked out from the cell and the catalog size, so it is recorded with the cell
// and shown where its numbers are (the trade-off CSV, `near2 tradeoffs`' stderr).
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

inline constexpr std::size_t kFaissMinPointsPerCentroid = 39;

// Empty for cells that train nothing (flat, HNSW, fp16, binary) and for well-fed quantizers; e.g.
// "PQ: 1000 training points for 256 centroids per sub-quantizer (FAISS wants at least 9984)".
std::vector<std::string> trainingWarnings(const CellSpec& spec, std::size_t rows);

} // namespace near2
