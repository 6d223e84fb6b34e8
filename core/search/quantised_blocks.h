#pragma once
// A compact int8 copy of the catalog's nested blocks for a first, approximate pass of single-query ranking:
// for each segment [d_{i-1}, d_i) a rows × width int8 block, each row's segment scaled by its own
// max |value| / 127, plus, per row and segment end, an upper bound on the norm of the quantisation error
// of the whole prefix ||x[:d_i] − x̂[:d_i]||. That bound makes the approximate cosine's error rigorous.
// Extra memory: dim + 8 · segments bytes per product. The arrays belong to a NestedLayout (owned or mapped
// from its cache file); this is a view of them.
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

// Where one row's quantised segments go: codes[s] (the segment's width), scales[s] and errorNorms[s].
struct QuantisedRow
{
    std::span<std::int8_t* const> codes;
    std::span<float* const> scales;
    std::span<float* const> errorNorms;
};

// Quantises one row (the full dim) for `segmentEnds` (sorted, the last one = values.size()). A row with a
// value outside withinSafeRange gets +infinity error norms (it always goes to the exact pass).
void quantiseRow(std::span<const float> values, const std::vector<int>& segmentEnds, const QuantisedRow& out);

struct QuantisedBlocks
{
    std::size_t rows = 0;
    std::vector<const std::int8_t*> codes; // [segment] rows × width
    std::vector<const float*> scaleArrays; // [segment] one per row
    std::vector<const float*> errorArrays; // [segment] one per row

    const std::int8_t* block(std::size_t segment) const { return codes[segment]; }
    const float* scales(std::size_t segment) const { return scaleArrays[segment]; }
    // Per row: ≥ ||x[:end] − x̂[:end]|| for the segment's end; +infinity for a row with a value outside
    // withinSafeRange (such rows always go to the exact pass).
    const float* errorNorms(std::size_t segment) const { return errorArrays[segment]; }
    // dim + 8 · segments for `dim` = the last segment end.
    static std::size_t bytesPerRow(int dim, std::size_t segments)
    {
        return static_cast<std::size_t>(dim) + 2 * sizeof(float) * segments;
    }
};

} // namespace near2
