#include "core/search/int8_dots.h"

#include <initializer_list>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NEAR2_X86_KERNELS 1
#endif

namespace near2 {

namespace {

void addScalar(const std::int8_t* block, std::size_t width, std::size_t used, const std::int16_t* query,
               std::size_t n, const float* scales, float* lanes, float* squares)
{
    for (std::size_t r = 0; r < n; ++r) {
        const std::int8_t* values = block + r * width;
        std::int32_t dot = 0, square = 0;
        for (std::size_t i = 0; i < used; ++i) {
            dot += values[i] * query[i];
            square += values[i] * values[i];
        }
        lanes[r * kDotLanes] += scales[r] * static_cast<float>(dot);
        if (squares != nullptr)
            squares[r] += scales[r] * scales[r] * static_cast<float>(square);
    }
}

void sumScalar(const float* lanes, std::size_t n, float* dots)
{
    for (std::size_t r = 0; r < n; ++r) {
        float sum = 0.0f;
        for (std::size_t lane = 0; lane < kDotLanes; ++lane)
            sum += lanes[r * kDotLanes + lane];
        dots[r] = sum;
    }
}

#ifdef NEAR2_X86_KERNELS
// GCC 12 reports its own _mm512_undefined_* inside _mm512_reduce_add_epi32 (GCC bug 105593, fixed in 13).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
// 32 values per step, widened to int16 and multiplied-added pairwise into int32 lanes (vpdpwssd); the tail
// is a masked load, so no row is read past `used`. The 16 lanes are scaled into the row's float lanes: no
// horizontal sum per segment.
__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni"))) void
addAvx512(const std::int8_t* block, std::size_t width, std::size_t used, const std::int16_t* query,
          std::size_t n, const float* scales, float* lanes, float* squares)
{
    const std::size_t whole = used / 32 * 32;
    const auto tailMask = static_cast<__mmask32>((std::uint64_t{1} << (used - whole)) - 1);
    for (std::size_t r = 0; r < n; ++r) {
        const std::int8_t* values = block + r * width;
        __m512i dot = _mm512_setzero_si512(), square = _mm512_setzero_si512();
        for (std::size_t i = 0; i < whole; i += 32) {
            const __m512i x =
                _mm512_cvtepi8_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(values + i)));
            dot = _mm512_dpwssd_epi32(dot, x, _mm512_loadu_si512(query + i));
            if (squares != nullptr)
                square = _mm512_dpwssd_epi32(square, x, x);
        }
        if (tailMask != 0) {
            const __m512i x = _mm512_cvtepi8_epi16(_mm256_maskz_loadu_epi8(tailMask, values + whole));
            dot = _mm512_dpwssd_epi32(dot, x, _mm512_maskz_loadu_epi16(tailMask, query + whole));
            if (squares != nullptr)
                square = _mm512_dpwssd_epi32(square, x, x);
        }
        float* rowLanes = lanes + r * kDotLanes;
        _mm512_storeu_ps(rowLanes, _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), _mm512_set1_ps(scales[r]),
                                                   _mm512_loadu_ps(rowLanes)));
        if (squares != nullptr)
            squares[r] += scales[r] * scales[r] * static_cast<float>(_mm512_reduce_add_epi32(square));
    }
}

__attribute__((target("avx512f"))) void sumAvx512(const float* lanes, std::size_t n, float* dots)
{
    for (std::size_t r = 0; r < n; ++r)
        dots[r] = _mm512_reduce_add_ps(_mm512_loadu_ps(lanes + r * kDotLanes));
}

#pragma GCC diagnostic pop

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
#endif

using Kernel = void (*)(const std::int8_t*, std::size_t, std::size_t, const std::int16_t*, std::size_t,
                        const float*, float*, float*);
using Sum = void (*)(const float*, std::size_t, float*);

bool hasAvx512Vnni()
{
#ifdef NEAR2_X86_KERNELS
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni");
#else
    return false;
#endif
}

Kernel kernelFor(Int8Kernel kind)
{
#ifdef NEAR2_X86_KERNELS
    if (kind == Int8Kernel::Avx512)
        return hasAvx512Vnni() ? addAvx512 : nullptr;
    if (kind == Int8Kernel::Avx2)
        return __builtin_cpu_supports("avx2") ? addAvx2 : nullptr;
#endif
    return kind == Int8Kernel::Scalar ? addScalar : nullptr;
}

Kernel pickKernel()
{
    for (const auto kind : {Int8Kernel::Avx512, Int8Kernel::Avx2})
        if (const Kernel kernel = kernelFor(kind))
            return kernel;
    return addScalar;
}

Sum pickSum()
{
#ifdef NEAR2_X86_KERNELS
    if (hasAvx512Vnni())
        return sumAvx512;
#endif
    return sumScalar;
}

const Kernel kKernel = pickKernel();
const Sum kSum = pickSum();

} // namespace

void addScaledInt8Dots(const std::int8_t* block, std::size_t width, std::size_t used,
                       const std::int16_t* query, std::size_t n, const float* scales, float* lanes,
                       float* squares)
{
    kKernel(block, width, used, query, n, scales, lanes, squares);
}

void sumDotLanes(const float* lanes, std::size_t n, float* dots)
{
    kSum(lanes, n, dots);
}

bool addScaledInt8DotsWith(Int8Kernel kind, const std::int8_t* block, std::size_t width, std::size_t used,
                           const std::int16_t* query, std::size_t n, const float* scales, float* lanes,
                           float* squares)
{
    const Kernel kernel = kernelFor(kind);
    if (kernel != nullptr)
        kernel(block, width, used, query, n, scales, lanes, squares);
    return kernel != nullptr;
}

} // namespace near2
