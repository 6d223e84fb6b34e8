#include "core/search/prefix_panels.h"

#include "core/search/prefix_panels_kernels.h"

#include <algorithm>
#include <stdexcept>

namespace near2 {

void packPanels(const float* rows, std::size_t count, std::size_t stride, std::size_t depth,
                std::size_t width, float* out)
{
    // Sixteen dimensions of every row of a panel at a time: what is read and written then stays in L1.
    constexpr std::size_t kChunk = 16;
    for (std::size_t first = 0; first < count; first += width) {
        const std::size_t used = std::min(width, count - first);
        float* panel = out + first * depth;
        for (std::size_t d0 = 0; d0 < depth; d0 += kChunk) {
            const std::size_t d1 = std::min(depth, d0 + kChunk);
            for (std::size_t r = 0; r < used; ++r) {
                const float* row = rows + (first + r) * stride;
                for (std::size_t d = d0; d < d1; ++d)
                    panel[d * width + r] = row[d];
            }
            for (std::size_t r = used; r < width; ++r)
                for (std::size_t d = d0; d < d1; ++d)
                    panel[d * width + r] = 0.0f;
        }
    }
}

bool panelKernelAvailable()
{
#ifdef NEAR2_X86_KERNELS
    static const bool available = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") != 0;
    }();
    return available;
#else
    return false;
#endif
}

void scanPanels(const PanelScan& scan)
{
    if (!panelKernelAvailable())
        throw std::logic_error("scanPanels: this CPU has no AVX-512");
    if (scan.dims.empty() || scan.docs == 0 || scan.queries == 0)
        return;
    if (scan.hitCapacity < minPanelHitLog(scan.dims.size()))
        throw std::invalid_argument("scanPanels: the hit log is too small");
#ifdef NEAR2_X86_KERNELS
    panel_kernels::scanAvx512(scan);
#endif
}

} // namespace near2
