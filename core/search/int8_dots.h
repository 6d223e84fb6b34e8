#pragma once
// The quantised scan's hot loop: exact integer dot products of int8 catalog rows with an int16 query, scaled
// by each row's segment scale. Kernels for AVX-512 VNNI, AVX2 and plain C++, picked at run time by the CPU.
#include <cstddef>
#include <cstdint>

namespace near2 {

// For r in [0, n): dots[r] += scales[r] · Σ_{i<used} block[r·width + i] · query[i], and when `squares` is not
// null also squares[r] += scales[r]² · Σ_{i<used} block[r·width + i]². The integer sums are exact as long as
// used · 127 · max|query| < 2³¹ (the caller's query quantisation guarantees it).
void addScaledInt8Dots(const std::int8_t* block, std::size_t width, std::size_t used,
                       const std::int16_t* query, std::size_t n, const float* scales, float* dots,
                       float* squares);

// The same with a chosen kernel, for tests that compare the kernels; false when the CPU lacks it.
enum class Int8Kernel { Scalar, Avx2, Avx512 };
bool addScaledInt8DotsWith(Int8Kernel kernel, const std::int8_t* block, std::size_t width, std::size_t used,
                           const std::int16_t* query, std::size_t n, const float* scales, float* dots,
                           float* squares);

} // namespace near2
