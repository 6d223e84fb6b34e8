#include "core/encoder/int8_rows.h"

#include <algorithm>
#include <cmath>

namespace near2::int8rows {

namespace {

// Adding and subtracting 1.5 · 2^23 rounds a float of magnitude below 2^22 to the nearest integer, ties to
// even, in the default rounding mode: the same as std::nearbyint, but GCC vectorises it with SSE2 alone.
constexpr float kRoundingShift = 12582912.0F;

} // namespace

// Built for AVX-512, AVX2 and baseline x86-64, picked at load time; the file is compiled without FMA
// contraction, so every version gives the same bits.
#define NEAR2_INT8_ROWS_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))

NEAR2_INT8_ROWS_CLONES void quantise(const float* x, std::int64_t firstRow, std::int64_t endRow,
                                     std::int64_t width, std::uint8_t* q, float* scale)
{
    for (std::int64_t r = firstRow; r < endRow; ++r) {
        const float* row = x + r * width;
        float largest = 0.0F;
        for (std::int64_t k = 0; k < width; ++k)
            largest = std::max(largest, std::fabs(row[k]));
        scale[r] = largest / 127.0F;
        const float inverse = largest > 0.0F ? 127.0F / largest : 0.0F;
        std::uint8_t* out = q + r * width;
        for (std::int64_t k = 0; k < width; ++k) {
            const float v = std::clamp(row[k] * inverse, -127.0F, 127.0F);
            out[k] = static_cast<std::uint8_t>(
                static_cast<std::int32_t>((v + kRoundingShift) - kRoundingShift) + 128);
        }
    }
}

NEAR2_INT8_ROWS_CLONES void rescale(const std::int32_t* products, std::int64_t firstRow, std::int64_t endRow,
                                    std::int64_t width, const float* rowScale, const float* columnScale,
                                    const float* bias, float* y)
{
    for (std::int64_t r = firstRow; r < endRow; ++r) {
        const std::int32_t* in = products + r * width;
        float* out = y + r * width;
        const float s = rowScale[r];
        for (std::int64_t j = 0; j < width; ++j)
            out[j] = static_cast<float>(in[j]) * (s * columnScale[j]) + bias[j];
    }
}

} // namespace near2::int8rows
