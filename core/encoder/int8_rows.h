#pragma once
// The element-wise halves of an int8 linear layer on a raw int8 GEMM, for a range of rows (callers split the
// rows across threads). Symmetric per-row quantisation: scale = max|x| / 127, q = round-half-even(x / scale)
// in [-127, 127], stored as q + 128 (unsigned, for a u8 × s8 GEMM with a shared zero point of 128); an
// all-zero row gets scale 0 and q = 0.
#include <cstdint>

namespace near2::int8rows {

// x [rows, width] → q [rows, width] (q + 128) and scale [rows].
void quantise(const float* x, std::int64_t firstRow, std::int64_t endRow, std::int64_t width, std::uint8_t* q,
              float* scale);

// y[r, j] = products[r, j] · (rowScale[r] · columnScale[j]) + bias[j].
void rescale(const std::int32_t* products, std::int64_t firstRow, std::int64_t endRow, std::int64_t width,
             const float* rowScale, const float* columnScale, const float* bias, float* y);

} // namespace near2::int8rows
