#pragma once
// The explorer's one piece of arithmetic: dot products of two vectors' segments in double precision, in a
// fixed order (four interleaved partial sums per segment, combined at the segment's end). Every exact score
// of the explorer (catalog scan, segment chart, displacement, product search) comes from here, so a product's
// score computed alone equals bit for bit the one the catalog scan compares it with.
#include <cmath>
#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace near2::explore {

// The dot product of a[begin, end) and b[begin, end).
inline double segmentDot(const float* a, const float* b, std::size_t begin, std::size_t end)
{
    double lanes[4] = {0.0, 0.0, 0.0, 0.0};
    std::size_t i = begin;
    for (; i + 4 <= end; i += 4)
        for (std::size_t lane = 0; lane < 4; ++lane)
            lanes[lane] += static_cast<double>(a[i + lane]) * static_cast<double>(b[i + lane]);
    double tail = 0.0;
    for (; i < end; ++i)
        tail += static_cast<double>(a[i]) * static_cast<double>(b[i]);
    return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + tail;
}

// The cosine of two prefixes from their dot product and squared norms; 0 when either prefix is zero.
inline double cosineOf(double dot, double squaredNormA, double squaredNormB)
{
    return squaredNormA > 0.0 && squaredNormB > 0.0 ? dot / std::sqrt(squaredNormA * squaredNormB) : 0.0;
}

// Ascending, distinct dims within 1..size, or std::invalid_argument naming `what`.
inline void checkDims(std::span<const int> dims, std::size_t size, const char* what)
{
    for (std::size_t i = 0; i < dims.size(); ++i)
        if (dims[i] < 1 || static_cast<std::size_t>(dims[i]) > size || (i > 0 && dims[i] <= dims[i - 1]))
            throw std::invalid_argument(std::string(what) + ": dims must ascend within 1.." +
                                        std::to_string(size));
}

// Running prefix dots of a and b at each of `dims` (ascending): out[i] = a[:dims[i]]·b[:dims[i]].
inline void prefixDots(const float* a, const float* b, std::span<const int> dims, double* out)
{
    double total = 0.0;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < dims.size(); ++i) {
        const auto end = static_cast<std::size_t>(dims[i]);
        total += segmentDot(a, b, begin, end);
        out[i] = total;
        begin = end;
    }
}

} // namespace near2::explore
