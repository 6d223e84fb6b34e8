#include "core/search/head_scan.h"

#include <algorithm>
#include <limits>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NEAR2_X86_KERNELS 1
#endif

namespace near2 {

namespace {

#ifdef NEAR2_X86_KERNELS
constexpr std::size_t kRows = kHeadQueries;
constexpr std::size_t kLanes = HeadPanel::kLanes;

// The queries as the kernels read them: head values [dim][query] (unused slots zero) and per stop, the
// queries' inverse norms and thresholds (unused slots: threshold +inf, so nothing of theirs passes).
struct PackedQueries
{
    alignas(64) std::array<float, kHeadMaxDim * kRows> values{};
    std::array<std::array<float, kRows>, kHeadMaxStops> inverse{};
    std::array<std::array<float, kRows>, kHeadMaxStops> threshold{};

    PackedQueries(const std::array<HeadQuery, kRows>& queries, std::size_t dim, std::size_t stops)
    {
        for (std::size_t r = 0; r < kRows; ++r) {
            const HeadQuery& query = queries[r];
            for (std::size_t s = 0; s < stops; ++s) {
                inverse[s][r] = query.values ? query.inverse[s] : 0.0f;
                threshold[s][r] = query.values ? query.threshold[s] : std::numeric_limits<float>::infinity();
            }
            for (std::size_t d = 0; query.values && d < dim; ++d)
                values[d * kRows + r] = query.values[d];
        }
    }
};

// 8 queries × 32 docs (two panel groups) in 16 accumulators; a stop costs two multiplies and a compare per
// accumulator, and a branch that is almost never taken once the thresholds settle.
__attribute__((target("avx512f"))) void recordAvx512(HeadHits& hits, __m512 score, __mmask16 passed,
                                                     std::size_t first)
{
    const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    const __m512i positions = _mm512_add_epi32(_mm512_set1_epi32(static_cast<int>(first)), lanes);
    _mm512_mask_compressstoreu_ps(hits.scores + hits.count, passed, score);
    _mm512_mask_compressstoreu_epi32(hits.positions + hits.count, passed, positions);
    hits.count += static_cast<std::size_t>(__builtin_popcount(passed));
}

__attribute__((target("avx512f"))) void scanHeadAvx512(std::array<HeadQuery, kRows>& queries,
                                                       const HeadTile& tile, const HeadStops& stops)
{
    const auto dim = static_cast<std::size_t>(tile.panel.dim());
    const PackedQueries packed(queries, dim, stops.dims.size());
    const std::size_t docs = tile.docs;
    const auto laneMask = [](std::size_t count) {
        return static_cast<__mmask16>(count >= kLanes ? 0xFFFFu : (1u << count) - 1u);
    };
    for (std::size_t first = 0; first < docs; first += HeadPanel::kStepDocs) {
        const __mmask16 valid0 = laneMask(docs - first);
        const __mmask16 valid1 = docs - first > kLanes ? laneMask(docs - first - kLanes) : 0;
        const float* group0 = tile.panel.group((tile.first + first) / kLanes);
        const float* group1 = group0 + dim * kLanes;
        __m512 acc0[kRows];
        __m512 acc1[kRows];
#pragma GCC unroll 8
        for (std::size_t r = 0; r < kRows; ++r)
            acc0[r] = acc1[r] = _mm512_setzero_ps();
        std::size_t d = 0;
        for (std::size_t s = 0; s < stops.dims.size(); ++s) {
            for (const auto stop = static_cast<std::size_t>(stops.dims[s]); d < stop; ++d) {
                const __m512 docs0 = _mm512_loadu_ps(group0 + d * kLanes);
                const __m512 docs1 = _mm512_loadu_ps(group1 + d * kLanes);
                const float* values = packed.values.data() + d * kRows;
#pragma GCC unroll 8
                for (std::size_t r = 0; r < kRows; ++r) {
                    const __m512 value = _mm512_set1_ps(values[r]);
                    acc0[r] = _mm512_fmadd_ps(value, docs0, acc0[r]);
                    acc1[r] = _mm512_fmadd_ps(value, docs1, acc1[r]);
                }
            }
            const float* docInverse = stops.docInverse[s] + first;
            const __m512 inverse0 = _mm512_maskz_loadu_ps(valid0, docInverse);
            const __m512 inverse1 = _mm512_maskz_loadu_ps(valid1, docInverse + kLanes);
#pragma GCC unroll 8
            for (std::size_t r = 0; r < kRows; ++r) {
                const __m512 scale = _mm512_set1_ps(packed.inverse[s][r]);
                const __m512 threshold = _mm512_set1_ps(packed.threshold[s][r]);
                const __m512 score0 = _mm512_mul_ps(_mm512_mul_ps(acc0[r], inverse0), scale);
                const __m512 score1 = _mm512_mul_ps(_mm512_mul_ps(acc1[r], inverse1), scale);
                const __mmask16 passed0 = _mm512_mask_cmp_ps_mask(valid0, score0, threshold, _CMP_GE_OQ);
                const __mmask16 passed1 = _mm512_mask_cmp_ps_mask(valid1, score1, threshold, _CMP_GE_OQ);
                if ((passed0 | passed1) != 0) [[unlikely]] {
                    recordAvx512(queries[r].hits[s], score0, passed0, first);
                    recordAvx512(queries[r].hits[s], score1, passed1, first + kLanes);
                }
            }
        }
#pragma GCC unroll 8
        for (std::size_t r = 0; r < kRows; ++r) {
            if (float* dots = queries[r].dots) {
                _mm512_mask_storeu_ps(dots + first, valid0, acc0[r]);
                _mm512_mask_storeu_ps(dots + first + kLanes, valid1, acc1[r]);
            }
        }
    }
}

// AVX2 has 16 registers: 4 queries × 16 docs (one panel group) in 8 accumulators, the 8 queries in two
// halves.
__attribute__((target("avx2,fma"))) void recordAvx2(HeadHits& hits, __m256 score, unsigned passed,
                                                    std::size_t first)
{
    alignas(32) float lane[8];
    _mm256_store_ps(lane, score);
    while (passed != 0) {
        const int bit = __builtin_ctz(passed);
        hits.scores[hits.count] = lane[bit];
        hits.positions[hits.count++] = static_cast<std::uint32_t>(first + static_cast<std::size_t>(bit));
        passed &= passed - 1;
    }
}

__attribute__((target("avx2,fma"))) void scanHeadAvx2(std::array<HeadQuery, kRows>& queries,
                                                      const HeadTile& tile, const HeadStops& stops)
{
    constexpr std::size_t kHalf = 4;
    const auto dim = static_cast<std::size_t>(tile.panel.dim());
    const PackedQueries packed(queries, dim, stops.dims.size());
    const std::size_t docs = tile.docs;
    const __m256i laneIndex = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    for (std::size_t first = 0; first < docs; first += kLanes) {
        const auto valid = static_cast<int>(std::min(kLanes, docs - first));
        const __m256i load0 = _mm256_cmpgt_epi32(_mm256_set1_epi32(valid), laneIndex);
        const __m256i load1 = _mm256_cmpgt_epi32(_mm256_set1_epi32(valid - 8), laneIndex);
        const auto valid0 = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(load0)));
        const auto valid1 = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(load1)));
        const float* group = tile.panel.group((tile.first + first) / kLanes);
        for (std::size_t half = 0; half < kRows; half += kHalf) {
            __m256 acc0[kHalf];
            __m256 acc1[kHalf];
#pragma GCC unroll 4
            for (std::size_t r = 0; r < kHalf; ++r)
                acc0[r] = acc1[r] = _mm256_setzero_ps();
            std::size_t d = 0;
            for (std::size_t s = 0; s < stops.dims.size(); ++s) {
                for (const auto stop = static_cast<std::size_t>(stops.dims[s]); d < stop; ++d) {
                    const __m256 docs0 = _mm256_loadu_ps(group + d * kLanes);
                    const __m256 docs1 = _mm256_loadu_ps(group + d * kLanes + 8);
                    const float* values = packed.values.data() + d * kRows + half;
#pragma GCC unroll 4
                    for (std::size_t r = 0; r < kHalf; ++r) {
                        const __m256 value = _mm256_broadcast_ss(values + r);
                        acc0[r] = _mm256_fmadd_ps(value, docs0, acc0[r]);
                        acc1[r] = _mm256_fmadd_ps(value, docs1, acc1[r]);
                    }
                }
                const float* docInverse = stops.docInverse[s] + first;
                const __m256 inverse0 = _mm256_maskload_ps(docInverse, load0);
                const __m256 inverse1 = _mm256_maskload_ps(docInverse + 8, load1);
#pragma GCC unroll 4
                for (std::size_t r = 0; r < kHalf; ++r) {
                    const __m256 scale = _mm256_set1_ps(packed.inverse[s][half + r]);
                    const __m256 threshold = _mm256_set1_ps(packed.threshold[s][half + r]);
                    const __m256 score0 = _mm256_mul_ps(_mm256_mul_ps(acc0[r], inverse0), scale);
                    const __m256 score1 = _mm256_mul_ps(_mm256_mul_ps(acc1[r], inverse1), scale);
                    const unsigned passed0 = valid0 & static_cast<unsigned>(_mm256_movemask_ps(
                                                          _mm256_cmp_ps(score0, threshold, _CMP_GE_OQ)));
                    const unsigned passed1 = valid1 & static_cast<unsigned>(_mm256_movemask_ps(
                                                          _mm256_cmp_ps(score1, threshold, _CMP_GE_OQ)));
                    if ((passed0 | passed1) != 0) [[unlikely]] {
                        recordAvx2(queries[half + r].hits[s], score0, passed0, first);
                        recordAvx2(queries[half + r].hits[s], score1, passed1, first + 8);
                    }
                }
            }
#pragma GCC unroll 4
            for (std::size_t r = 0; r < kHalf; ++r) {
                if (float* dots = queries[half + r].dots) {
                    _mm256_maskstore_ps(dots + first, load0, acc0[r]);
                    _mm256_maskstore_ps(dots + first + 8, load1, acc1[r]);
                }
            }
        }
    }
}
#endif

} // namespace

HeadKernel headKernelFor(HeadIsa isa)
{
#ifdef NEAR2_X86_KERNELS
    __builtin_cpu_init();
    if (isa == HeadIsa::Avx512 && __builtin_cpu_supports("avx512f"))
        return scanHeadAvx512;
    if (isa == HeadIsa::Avx2 && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return scanHeadAvx2;
#endif
    (void)isa;
    return nullptr;
}

HeadKernel headKernel()
{
    static const HeadKernel best = [] {
        const HeadKernel avx512 = headKernelFor(HeadIsa::Avx512);
        return avx512 ? avx512 : headKernelFor(HeadIsa::Avx2);
    }();
    return best;
}

} // namespace near2
