#include "core/search/quantised_prefilter.h"

#include "core/search/candidates.h"
#include "core/search/cosine_bounds.h"
#include "core/search/int8_dots.h"
#include "core/search/row_chunks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace near2 {

namespace {

constexpr std::size_t kTile = 256;

// Floats on the safe side of a bound in [-4, 4] (wider bounds mean "unbounded"): one rounding moves a value
// by at most 2⁻²², so a step of 2⁻²⁰ towards the outside first keeps the bound rigorous (no nextafter call in
// the hot loop).
float floatBelow(double value)
{
    return static_cast<float>(std::clamp(value, -4.0, 4.0) - 0x1p-20);
}

float floatAbove(double value)
{
    return static_cast<float>(std::clamp(value, -4.0, 4.0) + 0x1p-20);
}

// The score intervals of one tile as floats, in loops over the tile that GCC vectorises (AVX-512 where the
// CPU has it): the partial-segment bounds need square roots and divisions that, row by row, cost as much as
// the int8 scan itself.
__attribute__((target_clones("arch=x86-64-v4", "default"))) void
boundsAtNestedDim(const CosineBounds& bounds, const float* dots, const float* errorNorms,
                  const float* inverseNorms, std::size_t n, float* lower, float* upper)
{
#pragma omp simd
    for (std::size_t r = 0; r < n; ++r) {
        const ScoreInterval interval = bounds.atNestedDim(dots[r], errorNorms[r], inverseNorms[r]);
        lower[r] = floatBelow(interval.lower);
        upper[r] = floatAbove(interval.upper);
    }
}

__attribute__((target_clones("arch=x86-64-v4", "default"))) void
boundsBetweenNestedDims(const CosineBounds& bounds, const float* dots, const float* errorNorms,
                        const float* wholeSquaredNorms, const float* squares, std::size_t n, float* lower,
                        float* upper)
{
#pragma omp simd
    for (std::size_t r = 0; r < n; ++r) {
        const ScoreInterval interval =
            bounds.betweenNestedDims(dots[r], errorNorms[r], wholeSquaredNorms[r], squares[r]);
        lower[r] = floatBelow(interval.lower);
        upper[r] = floatAbove(interval.upper);
    }
}

struct ChunkResult
{
    std::vector<Candidate> lowerBounds; // the chunk's k best, with score = lower bound
    std::vector<Candidate> survivors;   // score = upper bound
};

void scanChunk(const PrefilterInput& input, const QuantisedQuery& query, const CosineBounds& bounds, int dim,
               std::size_t k, std::size_t first, std::size_t last, ChunkResult& out)
{
    const auto& ends = input.segmentEnds;
    const auto whole =
        static_cast<std::size_t>(std::upper_bound(ends.begin(), ends.end(), dim) - ends.begin());
    const int wholeEnd = whole == 0 ? 0 : ends[whole - 1];
    const bool partial = wholeEnd < dim;
    const std::size_t used = whole + (partial ? 1 : 0);
    std::vector<Candidate> storage(CandidateBuffer::capacity(k));
    CandidateBuffer::State state;
    CandidateBuffer buffer(storage.data(), &state, k);
    std::vector<float> lanes(kTile * kDotLanes);
    float dots[kTile], squares[kTile], lower[kTile], upper[kTile];
    const std::vector<float> zeros(whole == 0 ? kTile : 0, 0.0f);
    for (std::size_t tile = first; tile < last; tile += kTile) {
        const std::size_t n = std::min(kTile, last - tile);
        std::fill(lanes.begin(), lanes.end(), 0.0f);
        std::fill(squares, squares + n, 0.0f);
        int start = 0;
        for (std::size_t s = 0; s < used; ++s) {
            const auto width = static_cast<std::size_t>(ends[s] - start);
            const auto columns = s < whole ? width : static_cast<std::size_t>(dim - start);
            addScaledInt8Dots(input.blocks.block(s) + tile * width, width, columns,
                              query.codes.data() + start, n, input.blocks.scales(s) + tile, lanes.data(),
                              s < whole ? nullptr : squares);
            start = ends[s];
        }
        sumDotLanes(lanes.data(), n, dots);
        const float* errorNorms = input.blocks.errorNorms(used - 1) + tile;
        if (partial)
            boundsBetweenNestedDims(bounds, dots, errorNorms,
                                    whole == 0 ? zeros.data() : input.squaredNorms[whole - 1] + tile, squares,
                                    n, lower, upper);
        else
            boundsAtNestedDim(bounds, dots, errorNorms, input.inverseNorms[whole - 1] + tile, n, lower,
                              upper);
        for (std::size_t r = 0; r < n; ++r) {
            const auto doc = static_cast<std::int32_t>(tile + r);
            if (lower[r] >= buffer.threshold())
                buffer.add({lower[r], 0, doc});
            if (upper[r] >= buffer.threshold())
                out.survivors.push_back({upper[r], 0, doc});
        }
    }
    const auto items = buffer.items();
    out.lowerBounds.assign(items.begin(), items.end());
}

} // namespace

std::vector<std::uint32_t> topKCandidates(const PrefilterInput& input, const QuantisedQuery& query, int dim,
                                          std::size_t k, unsigned threads)
{
    const std::size_t rows = input.blocks.rows;
    if (rows == 0 || k == 0)
        return {};
    const CosineBounds bounds(query, dim, input.segmentEnds.size());
    const std::size_t parts = chunkCount(rows, kTile, threads);
    std::vector<ChunkResult> found(parts);
    runChunks(rows, kTile, parts, [&](std::size_t part, std::size_t first, std::size_t last) {
        scanChunk(input, query, bounds, dim, k, first, last, found[part]);
    });
    std::vector<float> lowerBounds;
    for (const auto& chunk : found)
        for (const auto& candidate : chunk.lowerBounds)
            lowerBounds.push_back(candidate.score);
    float kthLower = -std::numeric_limits<float>::infinity();
    if (lowerBounds.size() >= k) {
        std::nth_element(lowerBounds.begin(), lowerBounds.begin() + static_cast<std::ptrdiff_t>(k - 1),
                         lowerBounds.end(), std::greater<>());
        kthLower = lowerBounds[k - 1];
    }
    std::vector<std::uint32_t> candidates;
    for (const auto& chunk : found)
        for (const auto& survivor : chunk.survivors)
            if (survivor.score >= kthLower)
                candidates.push_back(static_cast<std::uint32_t>(survivor.doc));
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

} // namespace near2
