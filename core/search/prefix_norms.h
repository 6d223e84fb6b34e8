#pragma once
// Inverse L2 norms of every row's prefix at each nested dimension: truncating to d dims and re-normalising
// is a multiplication by these, so the sweep never copies truncated vectors.
#include "core/embed/embedding_matrix.h"

#include <cstddef>
#include <vector>

namespace near2 {

// [dimIndex][row] = 1 / ||row[:dims[dimIndex]]||, or 0 for an all-zero prefix (its cosine is then 0).
std::vector<std::vector<float>> inversePrefixNorms(const EmbeddingMatrix& matrix,
                                                   const std::vector<int>& dims);

// The same for `count` rows `stride` floats apart, one thread: out[dimIndex][row].
void inversePrefixNormsOfRows(const float* rows, std::size_t count, std::size_t stride,
                              const std::vector<int>& dims, float* const* out);

// Copies the first `dim` values of each of `count` rows (stride `rowStride`) scaled to unit length (an
// all-zero prefix stays zero) into `out` (count × dim).
void normalizePrefixes(const float* rows, std::size_t count, std::size_t rowStride, int dim, float* out);

} // namespace near2
