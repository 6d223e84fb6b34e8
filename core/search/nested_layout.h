#pragma once
// The catalog in nested blocks for single-query ranking at any dim: for each segment [d_{i-1}, d_i) of the
// nested dims, a rows × (d_i − d_{i-1}) row-major block, so that a scan at dim d reads only 4·d bytes per
// product (a row-major matrix drags every row's cache lines at any prefix). Built once per project session
// (a copy of the catalog); immutable afterwards, so any number of threads may rank on it at once.
#include "core/embed/embedding_matrix.h"
#include "core/search/candidates.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace near2 {

class NestedLayout
{
public:
    NestedLayout() = default;
    // `dims`: the nested dims (sorted and clipped to the matrix's dim; the full dim is always added).
    NestedLayout(const EmbeddingMatrix& matrix, std::vector<int> dims);

    std::size_t rows() const { return m_rows; }
    std::size_t dim() const { return m_dims.empty() ? 0 : static_cast<std::size_t>(m_dims.back()); }
    const std::vector<int>& dims() const { return m_dims; }

    // The best k rows for `query` by cosine of the `dim`-dim prefixes (any dim in 1..dim(), nested or not),
    // best first, ties to the higher tieRanks[row] (trec_eval order) or else to the lower row. Uses up to
    // `threads` threads (0: all hardware threads).
    std::vector<Candidate> topK(std::span<const float> query, int dim, std::size_t k,
                                std::span<const std::uint32_t> tieRanks = {}, unsigned threads = 0) const;

private:
    void scanRows(const float* query, int dim, float scale, std::size_t first, std::size_t last,
                  std::size_t k, std::span<const std::uint32_t> tieRanks, std::vector<Candidate>& out) const;

    std::size_t m_rows = 0;
    std::vector<int> m_dims;                       // segment ends
    std::vector<std::vector<float>> m_blocks;      // [segment] rows × width
    std::vector<std::vector<float>> m_squaredNorm; // [segment] ||row[:dims[segment]]||²
    std::vector<std::vector<float>>
        m_inverseNorm; // [segment] 1 / ||row[:dims[segment]]|| (0 for a zero prefix)
};

} // namespace near2
