#include "core/search/int8_dots.h"

#include "core/search/int8_dot_kernels.h"

#include <initializer_list>

namespace near2 {

namespace {

using namespace int8_kernels;

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
