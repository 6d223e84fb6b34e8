#include "core/search/score_scan.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NEAR2_X86_KERNELS 1
#endif

namespace near2 {

namespace {

std::size_t collectScalar(const float* dots, const float* inverseNorms, float scale, float threshold,
                          std::size_t begin, std::size_t n, float* scores, std::uint32_t* positions,
                          std::size_t count)
{
    for (std::size_t j = begin; j < n; ++j) {
        const float score = dots[j] * inverseNorms[j] * scale;
        if (score >= threshold) {
            scores[count] = score;
            positions[count++] = static_cast<std::uint32_t>(j);
        }
    }
    return count;
}

#ifdef NEAR2_X86_KERNELS
// 16 scores per step; passing lanes are compressed straight into the output (most steps store nothing).
__attribute__((target("avx512f"))) std::size_t collectAvx512(const float* dots, const float* inverseNorms,
                                                             float scale, float threshold, std::size_t n,
                                                             float* scores, std::uint32_t* positions)
{
    const __m512 scaleVector = _mm512_set1_ps(scale);
    const __m512 thresholdVector = _mm512_set1_ps(threshold);
    const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    std::size_t count = 0;
    std::size_t j = 0;
    for (; j + 16 <= n; j += 16) {
        const __m512 score =
            _mm512_mul_ps(_mm512_mul_ps(_mm512_loadu_ps(dots + j), _mm512_loadu_ps(inverseNorms + j)), scaleVector);
        const __mmask16 passed = _mm512_cmp_ps_mask(score, thresholdVector, _CMP_GE_OQ);
        if (passed == 0) [[likely]]
            continue;
        _mm512_mask_compressstoreu_ps(scores + count, passed, score);
        const __m512i index = _mm512_add_epi32(_mm512_set1_epi32(static_cast<int>(j)), lanes);
        _mm512_mask_compressstoreu_epi32(positions + count, passed, index);
        count += static_cast<std::size_t>(__builtin_popcount(passed));
    }
    return collectScalar(dots, inverseNorms, scale, threshold, j, n, scores, positions, count);
}

// 8 scores per step; passing lanes are visited through the comparison's bit mask.
__attribute__((target("avx2"))) std::size_t collectAvx2(const float* dots, const float* inverseNorms, float scale,
                                                        float threshold, std::size_t n, float* scores,
                                                        std::uint32_t* positions)
{
    const __m256 scaleVector = _mm256_set1_ps(scale);
    const __m256 thresholdVector = _mm256_set1_ps(threshold);
    std::size_t count = 0;
    std::size_t j = 0;
    for (; j + 8 <= n; j += 8) {
        const __m256 score =
            _mm256_mul_ps(_mm256_mul_ps(_mm256_loadu_ps(dots + j), _mm256_loadu_ps(inverseNorms + j)), scaleVector);
        unsigned passed = static_cast<unsigned>(_mm256_movemask_ps(_mm256_cmp_ps(score, thresholdVector, _CMP_GE_OQ)));
        if (passed == 0) [[likely]]
            continue;
        alignas(32) float lane[8];
        _mm256_store_ps(lane, score);
        while (passed != 0) {
            const int bit = __builtin_ctz(passed);
            scores[count] = lane[bit];
            positions[count++] = static_cast<std::uint32_t>(j + static_cast<std::size_t>(bit));
            passed &= passed - 1;
        }
    }
    return collectScalar(dots, inverseNorms, scale, threshold, j, n, scores, positions, count);
}
#endif

using Kernel = std::size_t (*)(const float*, const float*, float, float, std::size_t, float*, std::uint32_t*);

Kernel pickKernel()
{
#ifdef NEAR2_X86_KERNELS
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f"))
        return collectAvx512;
    if (__builtin_cpu_supports("avx2"))
        return collectAvx2;
#endif
    return [](const float* dots, const float* inverseNorms, float scale, float threshold, std::size_t n,
              float* scores, std::uint32_t* positions) {
        return collectScalar(dots, inverseNorms, scale, threshold, 0, n, scores, positions, 0);
    };
}

const Kernel kKernel = pickKernel();

} // namespace

std::size_t collectScoresAtLeast(const float* dots, const float* inverseNorms, float scale, float threshold,
                                 std::size_t n, float* scores, std::uint32_t* positions)
{
    return kKernel(dots, inverseNorms, scale, threshold, n, scores, positions);
}

} // namespace near2
