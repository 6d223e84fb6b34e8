#pragma once
// The sweep's hot loop: cosine scores of one query against a tile of the catalog, keeping only those that can
// still enter the top k. Kernels for AVX-512, AVX2 and plain C++, picked at run time by the CPU.
#include <cstddef>
#include <cstdint>

namespace near2 {

// For j in [0, n): score = dots[j] * inverseNorms[j] * scale. Writes the scores >= threshold and their
// positions to `scores`/`positions` (room for n each) and returns how many there are.
std::size_t collectScoresAtLeast(const float* dots, const float* inverseNorms, float scale, float threshold,
                                 std::size_t n, float* scores, std::uint32_t* positions);

} // namespace near2
