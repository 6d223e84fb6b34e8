#pragma once
// Inside buildFaissSearcher (core/tradeoffs/cell_searcher.h): the float indexes (flat, HNSW, scalar
// quantizers, IVF-PQ) and the binary ones (sign bits, Hamming; with re-scoring), built apart. No FAISS types.
#include "core/tradeoffs/cell_searcher.h"

#include <memory>
#include <vector>

namespace near2::faiss_parts {

// The first `dim` values of each query row, unit length, contiguous.
std::vector<float> normalizedQueries(const float* queries, std::size_t count, std::size_t rowStride, int dim);

std::unique_ptr<CellSearcher> buildFloatSearcher(const CellSpec& spec, const PreparedCatalog& catalog);
// Binary and binary+rescore cells (flat or HNSW over sign bits).
std::unique_ptr<CellSearcher> buildBinarySearcher(const CellSpec& spec, const PreparedCatalog& catalog);

} // namespace near2::faiss_parts
