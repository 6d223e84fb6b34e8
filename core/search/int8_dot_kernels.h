#pragma once
// The kernels behind core/search/int8_dots.h, one file per instruction set; int8_dots.cpp picks one at run
// time by the CPU. Same contract as addScaledInt8Dots and sumDotLanes.
#include "core/search/int8_dots.h"

#if defined(__x86_64__) && defined(__GNUC__)
#define NEAR2_X86_KERNELS 1
#endif

namespace near2::int8_kernels {

void addScalar(const std::int8_t* block, std::size_t width, std::size_t used, const std::int16_t* query,
               std::size_t n, const float* scales, float* lanes, float* squares);
void sumScalar(const float* lanes, std::size_t n, float* dots);

#ifdef NEAR2_X86_KERNELS
void addAvx512(const std::int8_t* block, std::size_t width, std::size_t used, const std::int16_t* query,
               std::size_t n, const float* scales, float* lanes, float* squares);
void sumAvx512(const float* lanes, std::size_t n, float* dots);
void addAvx2(const std::int8_t* block, std::size_t width, std::size_t used, const std::int16_t* query,
             std::size_t n, const float* scales, float* lanes, float* squares);
#endif

} // namespace near2::int8_kernels
