#include "core/search/nested_sections.h"

#include <algorithm>

namespace near2 {

namespace {

constexpr std::uint64_t kAlignment = 64;

// Reserves `bytes` at the end of `total` (aligned) and returns where they start.
std::uint64_t reserve(std::uint64_t& total, std::uint64_t bytes)
{
    const std::uint64_t start = (total + kAlignment - 1) / kAlignment * kAlignment;
    total = start + bytes;
    return start;
}

} // namespace

NestedSections::NestedSections(std::size_t rowCount, std::vector<int> segmentEnds)
    : rows(rowCount), ends(std::move(segmentEnds))
{
    const std::uint64_t perRow = sizeof(float) * rows;
    int start = 0;
    for (const int end : ends) {
        SegmentSections segment;
        segment.width = static_cast<std::size_t>(end - start);
        segment.block = reserve(bytes, perRow * segment.width);
        segment.squaredNorm = reserve(bytes, perRow);
        segment.inverseNorm = reserve(bytes, perRow);
        segment.codes = reserve(bytes, static_cast<std::uint64_t>(rows) * segment.width);
        segment.scales = reserve(bytes, perRow);
        segment.errorNorms = reserve(bytes, perRow);
        segments.push_back(segment);
        start = end;
    }
    bytes = (bytes + kAlignment - 1) / kAlignment * kAlignment;
}

std::vector<int> segmentEndsOf(std::vector<int> dims, int fullDim)
{
    dims.push_back(fullDim);
    std::erase_if(dims, [fullDim](int d) { return d < 1 || d > fullDim; });
    std::sort(dims.begin(), dims.end());
    dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
    return dims;
}

} // namespace near2
