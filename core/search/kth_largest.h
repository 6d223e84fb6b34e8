#pragma once
// Selection without branches for the sweep's top-k bookkeeping. std::nth_element's partition branches on
// every comparison and mispredicts about half of them on scores; these partitions swap unconditionally
// instead.
#include <cstddef>
#include <utility>

namespace near2 {

// Moves the items for which `goesFirst` holds to the front of [begin, end), keeping all items; returns the
// end of that front part. (Lomuto's scheme with an unconditional swap: what lies between the front part and
// the cursor never satisfies `goesFirst`, so swapping it forward is harmless.)
template <typename T, typename Predicate> T* partitionWithoutBranches(T* begin, T* end, Predicate goesFirst)
{
    T* front = begin;
    for (T* it = begin; it != end; ++it) {
        const bool first = goesFirst(*it);
        std::swap(*it, *front);
        front += first ? 1 : 0;
    }
    return front;
}

// Returns the k-th largest value (k in 1..n) of values[0, n), reordering `values`. NaN-free input expected.
// Quickselect on those partitions; hands over to std::nth_element on inputs that keep defeating its pivots.
float kthLargest(float* values, std::size_t n, std::size_t k);

} // namespace near2
