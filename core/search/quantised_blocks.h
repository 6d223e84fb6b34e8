#pragma once
// A compact int8 copy of the catalog's nested blocks for a first, approximate pass of single-query ranking:
// for each segment [d_{i-1}, d_i) a rows × width int8 block, each row's segment scaled by its own
// max |value| / 127, plus, per row and segment end, an upper bound on the norm of the quantisation error
// of the whole prefix ||x[:d_i] − x̂[:d_i]||. That bound makes the approximate cosine's error rigorous.
// Extra memory: dim + 8 · segments bytes per product.
#include "core/embed/embedding_matrix.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace near2 {

// Values whose fp32 products and sums of squares stay far from underflow and overflow (zero included), so
// that the usual floating-point error bounds hold for the exact scores.
inline bool withinSafeRange(float value)
{
    const float magnitude = std::fabs(value);
    return magnitude == 0.0f || (magnitude >= 0x1p-40f && magnitude <= 0x1p40f);
}

class QuantisedBlocks
{
public:
    QuantisedBlocks() = default;
    // `segmentEnds`: sorted, in 1..matrix.dim(), the last one = matrix.dim().
    QuantisedBlocks(const EmbeddingMatrix& matrix, const std::vector<int>& segmentEnds);

    std::size_t rows() const { return m_rows; }
    const std::int8_t* block(std::size_t segment) const { return m_blocks[segment].data(); }
    const float* scales(std::size_t segment) const { return m_scales[segment].data(); }
    // Per row: ≥ ||x[:end] − x̂[:end]|| for the segment's end; +infinity for a row with a value outside
    // withinSafeRange (such rows always go to the exact pass).
    const float* errorNorms(std::size_t segment) const { return m_errorNorms[segment].data(); }
    std::size_t bytesPerRow() const;

private:
    void quantiseRow(std::span<const float> values, std::size_t row, const std::vector<int>& ends);

    std::size_t m_rows = 0;
    std::vector<std::vector<std::int8_t>> m_blocks; // [segment] rows × width
    std::vector<std::vector<float>> m_scales;       // [segment] one per row
    std::vector<std::vector<float>> m_errorNorms;   // [segment] one per row
};

} // namespace near2
