#include "core/search/int8_dot_kernels.h"

#ifdef NEAR2_X86_KERNELS
#include <immintrin.h>

namespace near2::int8_kernels {

// 16 values per step (vpmaddwd into eight int32 lanes); the tail of fewer than 16 values in plain C++.
__attribute__((target("avx2"))) void addAvx2(const std::int8_t* block, std::size_t width, std::size_t used,
                                             const std::int16_t* query, std::size_t n, const float* scales,
                                             float* lanes, float* squares)
{
    const std::size_t whole = used / 16 * 16;
    for (std::size_t r = 0; r < n; ++r) {
        const std::int8_t* values = block + r * width;
        __m256i dot = _mm256_setzero_si256(), square = _mm256_setzero_si256();
        for (std::size_t i = 0; i < whole; i += 16) {
            const __m256i x =
                _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(values + i)));
            const __m256i q = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(query + i));
            dot = _mm256_add_epi32(dot, _mm256_madd_epi16(x, q));
            square = _mm256_add_epi32(square, _mm256_madd_epi16(x, x));
        }
        alignas(32) std::int32_t dotLanes[8], squareLanes[8];
        _mm256_store_si256(reinterpret_cast<__m256i*>(dotLanes), dot);
        _mm256_store_si256(reinterpret_cast<__m256i*>(squareLanes), square);
        std::int32_t dotSum = 0, squareSum = 0;
        for (int lane = 0; lane < 8; ++lane) {
            dotSum += dotLanes[lane];
            squareSum += squareLanes[lane];
        }
        for (std::size_t i = whole; i < used; ++i) {
            dotSum += values[i] * query[i];
            squareSum += values[i] * values[i];
        }
        lanes[r * kDotLanes] += scales[r] * static_cast<float>(dotSum);
        if (squares != nullptr)
            squares[r] += scales[r] * scales[r] * static_cast<float>(squareSum);
    }
}

} // namespace near2::int8_kernels
#endif
