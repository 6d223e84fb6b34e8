#include "core/search/int8_dot_kernels.h"

#ifdef NEAR2_X86_KERNELS
#include <immintrin.h>

namespace near2::int8_kernels {

// GCC 12 reports its own _mm512_undefined_* inside intrinsics such as _mm512_reduce_add_epi32 and
// _mm512_slli_epi32 (GCC bug 105593, fixed in 13).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
namespace {

constexpr std::size_t kMaxByteColumns = 1024;
// Software prefetch this far ahead in a block: a tile switches between one block per segment, and the
// hardware prefetcher, restarting on each, left the scan ~30 % slower than a plain streaming read of the same
// bytes.
constexpr std::size_t kPrefetchBytes = 2048;

// The dots alone, 64 values per step on bytes (vpdpbusd multiplies unsigned by signed bytes): the row as
// unsigned, code + 128 (a sign-bit flip), and the query split as code = 128·high + low with both halves in
// signed bytes (|code| ≤ kMaxQueryCode). Per lane: code·x = 128·Σ(x+128)·high + Σ(x+128)·low − the same
// with x = 0, all exact in int32 while used ≤ kMaxByteColumns. Masked tails read nothing past `used`.
__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni"))) void
addBytesAvx512(const std::int8_t* block, std::size_t width, std::size_t used, const std::int16_t* query,
               std::size_t n, const float* scales, float* lanes)
{
    alignas(64) std::int8_t high[kMaxByteColumns], low[kMaxByteColumns];
    for (std::size_t i = 0; i < used; ++i) {
        const int code = query[i];
        const int upper = (code + 64 + 128 * 256) / 128 - 256; // round(code / 128), halves up
        high[i] = static_cast<std::int8_t>(upper);
        low[i] = static_cast<std::int8_t>(code - 128 * upper);
    }
    const std::size_t whole = used / 64 * 64;
    const auto tailMask =
        static_cast<__mmask64>(used - whole == 0 ? 0 : (~std::uint64_t{0} >> (64 - (used - whole))));
    const __m512i flip = _mm512_set1_epi8(static_cast<char>(0x80));
    __m512i biasHigh = _mm512_setzero_si512(), biasLow = _mm512_setzero_si512();
    for (std::size_t i = 0; i < used; i += 64) {
        const __mmask64 mask = i < whole ? ~__mmask64{0} : tailMask;
        biasHigh = _mm512_dpbusd_epi32(biasHigh, flip, _mm512_maskz_loadu_epi8(mask, high + i));
        biasLow = _mm512_dpbusd_epi32(biasLow, flip, _mm512_maskz_loadu_epi8(mask, low + i));
    }
    const __m512i bias = _mm512_add_epi32(_mm512_slli_epi32(biasHigh, 7), biasLow);
    for (std::size_t r = 0; r < n; ++r) {
        const std::int8_t* values = block + r * width;
        for (std::size_t i = 0; i < used; i += 64)
            _mm_prefetch(reinterpret_cast<const char*>(values + i + kPrefetchBytes), _MM_HINT_T0);
        __m512i dotHigh = _mm512_setzero_si512(), dotLow = _mm512_setzero_si512();
        for (std::size_t i = 0; i < whole; i += 64) {
            const __m512i x = _mm512_xor_si512(_mm512_loadu_si512(values + i), flip);
            dotHigh = _mm512_dpbusd_epi32(dotHigh, x, _mm512_load_si512(high + i));
            dotLow = _mm512_dpbusd_epi32(dotLow, x, _mm512_load_si512(low + i));
        }
        if (tailMask != 0) {
            const __m512i x = _mm512_xor_si512(_mm512_maskz_loadu_epi8(tailMask, values + whole), flip);
            dotHigh = _mm512_dpbusd_epi32(dotHigh, x, _mm512_maskz_loadu_epi8(tailMask, high + whole));
            dotLow = _mm512_dpbusd_epi32(dotLow, x, _mm512_maskz_loadu_epi8(tailMask, low + whole));
        }
        const __m512i dot = _mm512_sub_epi32(_mm512_add_epi32(_mm512_slli_epi32(dotHigh, 7), dotLow), bias);
        float* rowLanes = lanes + r * kDotLanes;
        _mm512_storeu_ps(rowLanes, _mm512_fmadd_ps(_mm512_cvtepi32_ps(dot), _mm512_set1_ps(scales[r]),
                                                   _mm512_loadu_ps(rowLanes)));
    }
}

} // namespace

// 32 values per step, widened to int16 and multiplied-added pairwise into int32 lanes (vpdpwssd); the tail
// is a masked load, so no row is read past `used`. The 16 lanes are scaled into the row's float lanes: no
// horizontal sum per segment. Without squares, the byte kernel above does the same with fewer instructions.
__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni"))) void
addAvx512(const std::int8_t* block, std::size_t width, std::size_t used, const std::int16_t* query,
          std::size_t n, const float* scales, float* lanes, float* squares)
{
    if (squares == nullptr && used <= kMaxByteColumns) {
        addBytesAvx512(block, width, used, query, n, scales, lanes);
        return;
    }
    const std::size_t whole = used / 32 * 32;
    const auto tailMask = static_cast<__mmask32>((std::uint64_t{1} << (used - whole)) - 1);
    for (std::size_t r = 0; r < n; ++r) {
        const std::int8_t* values = block + r * width;
        for (std::size_t i = 0; i < used; i += 64)
            _mm_prefetch(reinterpret_cast<const char*>(values + i + kPrefetchBytes), _MM_HINT_T0);
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

} // namespace near2::int8_kernels
#endif
