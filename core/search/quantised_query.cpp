#include "core/search/quantised_query.h"

#include "core/search/int8_dots.h"
#include "core/search/quantised_blocks.h"

#include <algorithm>
#include <cmath>

namespace near2 {

std::optional<QuantisedQuery> quantiseQuery(std::span<const float> query, int dim)
{
    const auto prefix = query.first(static_cast<std::size_t>(dim));
    if (!std::all_of(prefix.begin(), prefix.end(), withinSafeRange))
        return std::nullopt;
    double largest = 0.0;
    for (const float value : prefix)
        largest = std::max(largest, std::fabs(static_cast<double>(value)));
    if (largest == 0.0)
        return std::nullopt;
    const double maxCode = std::min<double>(kMaxQueryCode, std::floor(2147483647.0 / (127.0 * dim)));
    QuantisedQuery quantised;
    quantised.step = largest / maxCode;
    double norm = 0.0, quantisedNorm = 0.0, errorNorm = 0.0;
    for (const float value : prefix) {
        const double code = std::clamp(std::nearbyint(value / quantised.step), -maxCode, maxCode);
        quantised.codes.push_back(static_cast<std::int16_t>(code));
        const double approximation = quantised.step * code;
        norm += static_cast<double>(value) * value;
        quantisedNorm += approximation * approximation;
        errorNorm += (value - approximation) * (value - approximation);
    }
    quantised.norm = std::sqrt(norm);
    quantised.quantisedNorm = std::sqrt(quantisedNorm);
    quantised.errorNorm = std::sqrt(errorNorm);
    return quantised;
}

} // namespace near2
