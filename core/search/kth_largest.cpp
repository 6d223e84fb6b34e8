#include "core/search/kth_largest.h"

#include <algorithm>
#include <functional>

namespace near2 {

namespace {

float medianOfThree(float a, float b, float c)
{
    return std::max(std::min(a, b), std::min(std::max(a, b), c));
}

} // namespace

float kthLargest(float* values, std::size_t n, std::size_t k)
{
    float* begin = values;
    float* end = values + n;
    std::size_t rank = k; // wanted: the rank-th largest of [begin, end)
    // Each round shrinks the range; on data that keeps picking bad pivots, hand over to std::nth_element.
    for (int round = 0; round < 64 && end - begin > 16; ++round) {
        const float pivot = medianOfThree(begin[0], begin[(end - begin) / 2], end[-1]);
        float* greater = partitionWithoutBranches(begin, end, [pivot](float v) { return v > pivot; });
        const auto greaterCount = static_cast<std::size_t>(greater - begin);
        if (rank <= greaterCount) {
            end = greater;
            continue;
        }
        float* equal = partitionWithoutBranches(greater, end, [pivot](float v) { return v == pivot; });
        const auto equalCount = static_cast<std::size_t>(equal - greater);
        if (rank <= greaterCount + equalCount)
            return pivot;
        rank -= greaterCount + equalCount;
        begin = equal;
    }
    std::nth_element(begin, begin + static_cast<std::ptrdiff_t>(rank - 1), end, std::greater<float>());
    return begin[rank - 1];
}

} // namespace near2
