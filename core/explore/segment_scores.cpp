#include "core/explore/segment_scores.h"

#include "core/explore/prefix_math.h"

#include <algorithm>

namespace near2::explore {

namespace {

std::vector<int> segmentEnds(std::vector<int> dims, std::size_t size)
{
    std::erase_if(dims, [&](int dim) { return dim < 1 || static_cast<std::size_t>(dim) > size; });
    dims.push_back(static_cast<int>(size));
    std::sort(dims.begin(), dims.end());
    dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
    return dims;
}

std::vector<double> segmentDots(const float* a, const float* b, const std::vector<int>& dims)
{
    std::vector<double> dots;
    std::size_t begin = 0;
    for (const int dim : dims) {
        dots.push_back(segmentDot(a, b, begin, static_cast<std::size_t>(dim)));
        begin = static_cast<std::size_t>(dim);
    }
    return dots;
}

} // namespace

SegmentScores scoreBySegment(std::span<const float> query, std::span<const float> product,
                             std::vector<int> dims)
{
    if (query.size() != product.size() || query.empty())
        throw std::invalid_argument("scoreBySegment: the query and the product need one non-zero length");
    SegmentScores scores;
    scores.dims = segmentEnds(std::move(dims), query.size());
    const std::size_t n = scores.dims.size();
    scores.segmentDot = segmentDots(query.data(), product.data(), scores.dims);
    const auto queryNorms = segmentDots(query.data(), query.data(), scores.dims);
    const auto productNorms = segmentDots(product.data(), product.data(), scores.dims);
    scores.contributions.assign(n * n, 0.0);
    double dot = 0.0, queryNorm = 0.0, productNorm = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        dot += scores.segmentDot[i];
        queryNorm += queryNorms[i];
        productNorm += productNorms[i];
        scores.prefixCosine.push_back(cosineOf(dot, queryNorm, productNorm));
        const double scale = cosineOf(1.0, queryNorm, productNorm); // 1 / (‖q‖‖p‖), 0 for a zero prefix
        for (std::size_t j = 0; j <= i; ++j)
            scores.contributions[i * n + j] = scores.segmentDot[j] * scale;
    }
    for (std::size_t j = 0; j < n; ++j)
        scores.share.push_back(dot != 0.0 ? scores.segmentDot[j] / dot : 0.0);
    return scores;
}

std::optional<std::size_t> SegmentComparison::decisiveSegment(std::size_t dimIndex) const
{
    std::optional<std::size_t> decisive;
    for (std::size_t j = 0; j <= dimIndex && j < relevant.dims.size(); ++j)
        if (gap(dimIndex, j) < 0.0 && (!decisive || gap(dimIndex, j) < gap(dimIndex, *decisive)))
            decisive = j;
    return decisive;
}

SegmentComparison compareBySegment(std::span<const float> query, std::span<const float> relevant,
                                   std::span<const float> other, std::vector<int> dims)
{
    SegmentComparison comparison;
    comparison.relevant = scoreBySegment(query, relevant, dims);
    comparison.other = scoreBySegment(query, other, std::move(dims));
    const std::size_t n = comparison.relevant.dims.size();
    for (std::size_t i = 0; i < n; ++i)
        comparison.cosineGap.push_back(comparison.relevant.prefixCosine[i] -
                                       comparison.other.prefixCosine[i]);
    for (std::size_t c = 0; c < n * n; ++c)
        comparison.contributionGap.push_back(comparison.relevant.contributions[c] -
                                             comparison.other.contributions[c]);
    return comparison;
}

} // namespace near2::explore
