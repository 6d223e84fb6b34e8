#include "core/search/prefix_panels_kernels.h"

#ifdef NEAR2_X86_KERNELS
#include <algorithm>
#include <immintrin.h>

namespace near2::panel_kernels {

namespace {

constexpr std::size_t kQueries = kPanelQueries;

__attribute__((target("avx512f"))) __mmask16 laneMask(std::size_t valid)
{
    return valid >= 16 ? static_cast<__mmask16>(0xFFFF) : static_cast<__mmask16>((1u << valid) - 1);
}

// Hits collected between the sink's batches, one array per field so that a vector of hits goes in with
// compressing stores.
struct HitLog
{
    const PanelScan& scan;
    std::size_t size = 0;
    __attribute__((target("avx512f"), always_inline)) void add(__m512 scores, __mmask16 passed,
                                                               std::size_t doc0, std::size_t slot)
    {
        const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        _mm512_mask_compressstoreu_ps(scan.hitScores + size, passed, scores);
        _mm512_mask_compressstoreu_epi32(scan.hitDocs + size, passed,
                                         _mm512_add_epi32(lanes, _mm512_set1_epi32(static_cast<int>(doc0))));
        _mm512_mask_compressstoreu_epi32(scan.hitSlots + size, passed,
                                         _mm512_set1_epi32(static_cast<int>(slot)));
        size += static_cast<std::size_t>(__builtin_popcount(passed));
    }
    void flush()
    {
        if (size > 0)
            scan.sink->take({scan.hitScores, scan.hitDocs, scan.hitSlots, size});
        size = 0;
    }
};

// One query panel (12 queries) against one catalog panel (32 rows): 24 vectors of prefix dot products stay
// in registers from the first dimension to the last; at every nested dimension their scores are compared
// with the queries' admission thresholds, and the few that pass are logged.
__attribute__((target("avx512f"))) void scanDocPanel(const PanelScan& scan, const float* queryPanel,
                                                     std::size_t query0, std::size_t doc0, HitLog& log)
{
    const std::size_t depth = static_cast<std::size_t>(scan.dims.back());
    const float* docPanel = scan.docPanels + doc0 * depth;
    const std::size_t validDocs = std::min(kPanelDocs, scan.docs - doc0);
    const std::size_t queries = std::min(kQueries, scan.queries - query0);
    const __mmask16 validLow = laneMask(validDocs);
    const __mmask16 validHigh = laneMask(validDocs > 16 ? validDocs - 16 : 0);
    __m512 low[kQueries], high[kQueries];
#pragma GCC unroll 12
    for (std::size_t j = 0; j < kQueries; ++j) {
        low[j] = _mm512_setzero_ps();
        high[j] = _mm512_setzero_ps();
    }
    std::size_t k = 0;
    for (std::size_t i = 0; i < scan.dims.size(); ++i) {
        for (const auto end = static_cast<std::size_t>(scan.dims[i]); k < end; ++k) {
            const __m512 docsLow = _mm512_loadu_ps(docPanel + k * kPanelDocs);
            const __m512 docsHigh = _mm512_loadu_ps(docPanel + k * kPanelDocs + 16);
            const float* column = queryPanel + k * kQueries;
#pragma GCC unroll 12
            for (std::size_t j = 0; j < kQueries; ++j) {
                const __m512 value = _mm512_set1_ps(column[j]);
                low[j] = _mm512_fmadd_ps(docsLow, value, low[j]);
                high[j] = _mm512_fmadd_ps(docsHigh, value, high[j]);
            }
        }
        const __m512 inverseLow = _mm512_maskz_loadu_ps(validLow, scan.docInverse[i] + doc0);
        const __m512 inverseHigh = _mm512_maskz_loadu_ps(validHigh, scan.docInverse[i] + doc0 + 16);
        const float* queryInverse = scan.queryInverse[i] + query0;
        const std::size_t slot0 = i * scan.queries + query0;
#pragma GCC unroll 12
        for (std::size_t j = 0; j < kQueries; ++j) {
            if (j >= queries)
                break;
            // (dot · 1/‖doc‖) · 1/‖query‖: the order the per-segment products' scan multiplies in.
            const __m512 scale = _mm512_set1_ps(queryInverse[j]);
            const __m512 scoreLow = _mm512_mul_ps(_mm512_mul_ps(low[j], inverseLow), scale);
            const __m512 scoreHigh = _mm512_mul_ps(_mm512_mul_ps(high[j], inverseHigh), scale);
            const __m512 floor = _mm512_set1_ps(scan.admission[slot0 + j]);
            const __mmask16 passedLow = _mm512_mask_cmp_ps_mask(validLow, scoreLow, floor, _CMP_GE_OQ);
            const __mmask16 passedHigh = _mm512_mask_cmp_ps_mask(validHigh, scoreHigh, floor, _CMP_GE_OQ);
            if ((passedLow | passedHigh) != 0) [[unlikely]] {
                log.add(scoreLow, passedLow, doc0, slot0 + j);
                log.add(scoreHigh, passedHigh, doc0 + 16, slot0 + j);
            }
        }
    }
}

} // namespace

__attribute__((target("avx512f"))) void scanAvx512(const PanelScan& scan)
{
    const std::size_t depth = static_cast<std::size_t>(scan.dims.back());
    const std::size_t panelHits = scan.dims.size() * kQueries * kPanelDocs;
    HitLog log{scan};
    // One query panel against every catalog panel of the tile: the query panel stays in L1, the tile in L2.
    for (std::size_t query0 = 0; query0 < scan.queries; query0 += kQueries) {
        const float* queryPanel = scan.queryPanels + query0 * depth;
        for (std::size_t doc0 = 0; doc0 < scan.docs; doc0 += kPanelDocs) {
            if (log.size + panelHits > scan.hitCapacity)
                log.flush();
            scanDocPanel(scan, queryPanel, query0, doc0, log);
        }
        log.flush();
    }
}

} // namespace near2::panel_kernels
#endif
