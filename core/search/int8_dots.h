#pragma once
// The quantised scan's hot loop: exact integer dot products of int8 catalog rows with an int16 query, scaled
// by each row's segment scale into float lanes. Kernels for AVX-512 VNNI, AVX2 and plain C++, picked at run
// time by the CPU.
#include <cstddef>
#include <cstdint>

namespace near2 {

// Each row's dot accumulates in kDotLanes float lanes (lanes[r·kDotLanes + j]), summed once per row after
// all segments, so that no segment pays for a horizontal sum.
inline constexpr std::size_t kDotLanes = 16;

// The largest query code the kernels take (128 · 127: a code splits into two signed bytes).
inline constexpr int kMaxQueryCode = 16256;

// For r in [0, n): the lanes of row r gain scales[r] · Σ_{i<used} block[r·width + i] · query[i] (integer
// partial sums, exact while |query| ≤ kMaxQueryCode and used · 127 · kMaxQueryCode < 2³¹), and when
// `squares` is not null squares[r] += scales[r]² · Σ_{i<used} block[r·width + i]².
void addScaledInt8Dots(const std::int8_t* block, std::size_t width, std::size_t used,
                       const std::int16_t* query, std::size_t n, const float* scales, float* lanes,
                       float* squares);

// dots[r] = the sum of row r's lanes.
void sumDotLanes(const float* lanes, std::size_t n, float* dots);

// The same with a chosen kernel, for tests that compare the kernels; false when the CPU lacks it.
enum class Int8Kernel { Scalar, Avx2, Avx512 };
bool addScaledInt8DotsWith(Int8Kernel kernel, const std::int8_t* block, std::size_t width, std::size_t used,
                           const std::int16_t* query, std::size_t n, const float* scales, float* lanes,
                           float* squares);

} // namespace near2
