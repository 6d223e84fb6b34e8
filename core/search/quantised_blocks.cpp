#include "core/search/quantised_blocks.h"

#include <algorithm>
#include <limits>

namespace near2 {

namespace {

// Quantises values[0, width) to `codes` with one scale; returns Σ (value − scale·code)², exact in double
// (scale·code has at most 32 significant bits).
double quantise(const float* values, std::size_t width, std::int8_t* codes, float& scale)
{
    float largest = 0.0f;
    for (std::size_t i = 0; i < width; ++i)
        largest = std::max(largest, std::fabs(values[i]));
    scale = largest / 127.0f;
    double error = 0.0;
    for (std::size_t i = 0; i < width; ++i) {
        const float code =
            scale > 0.0f ? std::clamp(std::nearbyint(values[i] / scale), -127.0f, 127.0f) : 0.0f;
        codes[i] = static_cast<std::int8_t>(code);
        const double residual = static_cast<double>(values[i]) - static_cast<double>(scale) * code;
        error += residual * residual;
    }
    return error;
}

// A float not below sqrt(squared).
float upperSquareRoot(double squared)
{
    if (squared == 0.0)
        return 0.0f;
    return std::nextafter(static_cast<float>(std::sqrt(squared) * (1.0 + 1e-12)),
                          std::numeric_limits<float>::infinity());
}

} // namespace

void quantiseRow(std::span<const float> values, const std::vector<int>& segmentEnds, const QuantisedRow& out)
{
    const bool safe = std::all_of(values.begin(), values.end(), withinSafeRange);
    double error = 0.0;
    std::size_t start = 0;
    for (std::size_t s = 0; s < segmentEnds.size(); ++s) {
        const auto width = static_cast<std::size_t>(segmentEnds[s]) - start;
        if (safe)
            error += quantise(values.data() + start, width, out.codes[s], *out.scales[s]);
        else {
            std::fill(out.codes[s], out.codes[s] + width, std::int8_t{0});
            *out.scales[s] = 0.0f;
        }
        *out.errorNorms[s] = safe ? upperSquareRoot(error) : std::numeric_limits<float>::infinity();
        start += width;
    }
}

} // namespace near2
