#pragma once
// A query prefix rounded to int16 steps for the int8 scan, with the norms that bound its rounding error.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace near2 {

struct QuantisedQuery
{
    std::vector<std::int16_t> codes; // query[i] ≈ step · codes[i], i < dim
    double step = 0.0;
    double norm = 0.0;          // ||q[:dim]||
    double quantisedNorm = 0.0; // ||step · codes||
    double errorNorm = 0.0;     // ||q[:dim] − step · codes||
};

// None when the prefix is all zero or has a value outside withinSafeRange (the caller then scans exactly).
// The codes stay within ±kMaxQueryCode and dim · 127 · max|code| < 2³¹: integer dots never overflow.
std::optional<QuantisedQuery> quantiseQuery(std::span<const float> query, int dim);

} // namespace near2
