#pragma once
// Where a NestedLayout's arrays lie in its one buffer (owned, or a cache file mapped read-only), per segment
// [d_{i-1}, d_i) of the nested dims: the fp32 block (rows × width), ||x[:d_i]||², 1/||x[:d_i]||, the int8
// block (rows × width), the int8 scales and the quantisation error norms. Offsets are 64-byte aligned.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace near2 {

struct SegmentSections
{
    std::uint64_t block = 0;       // float[rows × width]
    std::uint64_t squaredNorm = 0; // float[rows]
    std::uint64_t inverseNorm = 0; // float[rows]
    std::uint64_t codes = 0;       // int8[rows × width]
    std::uint64_t scales = 0;      // float[rows]
    std::uint64_t errorNorms = 0;  // float[rows]
    std::size_t width = 0;
};

struct NestedSections
{
    std::size_t rows = 0;
    std::vector<int> ends;
    std::vector<SegmentSections> segments;
    std::uint64_t bytes = 0; // the buffer's size

    NestedSections(std::size_t rows, std::vector<int> segmentEnds);
};

// The segment ends of `dims` for a catalog of `fullDim`: sorted, distinct, in 1..fullDim, fullDim always
// included.
std::vector<int> segmentEndsOf(std::vector<int> dims, int fullDim);

} // namespace near2
