#pragma once
// Rigorous bounds on the exact fp32 cosine score (as NestedLayout's exact scan computes it) of one row, from
// the int8 scan: the approximate dot Σ scale·(codes·query codes) and the error norms of both sides.
//   |q·x − step·Σ scale·codes·qcodes| ≤ ||step·qcodes||·||x − x̂|| + ||q − step·qcodes||·||x||
// (Cauchy–Schwarz on each error term), widened by the fp32 rounding of both the int8 pass and the exact pass
// (relative γ_n ≤ n·2⁻²⁴/(1 − n·2⁻²⁴) per sum of n terms). The arithmetic here is in double.
#include "core/search/quantised_query.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace near2 {

struct ScoreInterval
{
    double lower;
    double upper;
};

class CosineBounds
{
public:
    CosineBounds(const QuantisedQuery& query, int dim, std::size_t segments)
        : m_step(query.step), m_inverseQueryNorm(1.0 / query.norm), m_quantisedNorm(query.quantisedNorm),
          m_errorNorm(query.errorNorm),
          m_rounding(static_cast<double>(static_cast<std::size_t>(dim) + 4 * segments + 24) * 0x1p-24),
          m_exactPassError(static_cast<double>(4 * dim + 64) * 0x1p-24)
    {
    }

    // At a nested dim: `inverseNorm` is the exact pass's fp32 1/||x[:dim]|| (0 for a zero prefix),
    // `errorNorm` ≥ ||x[:dim] − x̂[:dim]|| (+infinity: no bound), `scaledDot` = Σ scale·codes·qcodes in fp32.
    // Branch-free (selects only), so that a loop over rows vectorises.
    ScoreInterval atNestedDim(float scaledDot, float errorNorm, float inverseNorm) const
    {
        const double relativeError = static_cast<double>(errorNorm) * inverseNorm;
        const double approximate = scaledDot * m_step * inverseNorm * m_inverseQueryNorm;
        const double dotError = m_quantisedNorm * relativeError + m_errorNorm +
                                m_rounding * m_quantisedNorm * (1.0 + relativeError);
        const double half = dotError * m_inverseQueryNorm * (1.0 + 2.0 * m_rounding) +
                            std::fabs(approximate) * 2.0 * m_rounding + m_exactPassError;
        const bool bounded = errorNorm <= std::numeric_limits<float>::max();
        const double lowest = approximate - half, highest = approximate + half;
        return {bounded ? lowest : -kInfinity, bounded ? highest : kInfinity};
    }

    // Between nested dims: `wholeSquaredNorm` is the exact pass's fp32 ||x[:w]||² up to the last whole
    // segment, `partialSquares` the int8 pass's Σ scale²·codes² over [w, dim), `errorNorm` ≥ the error norm
    // up to the end of the partial segment (so also up to dim). Branch-free like atNestedDim.
    ScoreInterval betweenNestedDims(float scaledDot, float errorNorm, float wholeSquaredNorm,
                                    float partialSquares) const
    {
        const double low = 1.0 - m_rounding, high = 1.0 + m_rounding;
        const double partial = std::sqrt(static_cast<double>(partialSquares));
        const double partialLow = std::max(0.0, partial * low - errorNorm);
        const double partialHigh = partial * high + errorNorm;
        const double normLow = std::sqrt(wholeSquaredNorm * low + partialLow * partialLow) * low;
        const double normHigh = std::sqrt(wholeSquaredNorm * high + partialHigh * partialHigh) * high;
        const double dot = scaledDot * m_step;
        const double dotError = (m_quantisedNorm * errorNorm + m_errorNorm * normHigh +
                                 m_rounding * (m_quantisedNorm * (normHigh + errorNorm) + std::fabs(dot))) *
                                high;
        const double dotHigh = dot + dotError, dotLow = dot - dotError;
        // The true cosine lies in [dotLow / norm, dotHigh / norm] for some norm in [normLow, normHigh]; with
        // normLow = 0 one side is unbounded (then only |cosine| ≤ 1 holds).
        const double upper = dotHigh / (dotHigh >= 0.0 ? normLow : normHigh) * m_inverseQueryNorm;
        const double lower = dotLow / (dotLow <= 0.0 ? normLow : normHigh) * m_inverseQueryNorm;
        const bool upperBounded = normLow > 0.0 || dotHigh<0.0, lowerBounded = normLow> 0.0 || dotLow > 0.0;
        const double upperEdge = upperBounded ? std::min(upper + std::fabs(upper) * m_rounding, 1.0) : 1.0;
        const double lowerEdge = lowerBounded ? std::max(lower - std::fabs(lower) * m_rounding, -1.0) : -1.0;
        const bool bounded = errorNorm <= std::numeric_limits<float>::max();
        const bool zero = normHigh == 0.0; // an all-zero prefix scores exactly 0
        const double margin = m_exactPassError;
        const double lowest = (zero ? 0.0 : lowerEdge) - margin, highest = (zero ? 0.0 : upperEdge) + margin;
        return {bounded ? lowest : -kInfinity, bounded ? highest : kInfinity};
    }

private:
    static constexpr double kInfinity = std::numeric_limits<double>::infinity();

    double m_step;
    double m_inverseQueryNorm;
    double m_quantisedNorm;
    double m_errorNorm;
    double m_rounding;       // relative fp32 rounding of the int8 pass and of the exact pass's norms
    double m_exactPassError; // |exact fp32 score − true cosine|
};

} // namespace near2
