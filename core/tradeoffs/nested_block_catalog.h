#pragma once
// A catalog layout for single-query flat search at any nested dim without per-dim copies: the dims
// [0,d1), [d1,d2), … are stored as separate row-major blocks, so a search at dim d streams exactly 4·d bytes
// per product (row-major rows of the full dim drag every row's cache lines even for a short prefix).
// Cosine scores: prefix dot products × the stored inverse prefix norms.
#include "core/embed/embedding_matrix.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace near2 {

class NestedBlockCatalog
{
public:
    // `dims`: ascending, each within the corpus's dimension (the block boundaries; searches use one of them).
    NestedBlockCatalog(const EmbeddingMatrix& corpus, std::vector<int> dims);

    const std::vector<int>& dims() const { return m_dims; }
    std::size_t rows() const { return m_rows; }
    // Cosine of the `dim` prefixes of `query` (raw, any length ≥ dim) with every product: rows() values.
    void scoreAll(const float* query, int dim, float* scores) const;
    // Best `k` products (scores descending; labels -1 past the catalog).
    void search(const float* query, int dim, std::size_t k, float* scores, std::int64_t* labels) const;
    // Bytes held: every block plus one inverse norm per product and dim.
    std::size_t memoryBytes() const;

private:
    std::size_t blockCountFor(int dim) const; // throws std::invalid_argument when dim is not a boundary

    std::vector<int> m_dims;
    std::size_t m_rows = 0;
    std::vector<std::vector<float>> m_blocks;       // block b: rows × (dims[b] − dims[b−1])
    std::vector<std::vector<float>> m_inverseNorms; // per dim: rows values
};

// Top-k of `scores` (n values), best first; shared by the flat scanners of the benchmark.
void selectTopK(const float* scores, std::size_t n, std::size_t k, float* topScores, std::int64_t* labels);

} // namespace near2
