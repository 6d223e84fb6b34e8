#include "core/encoder/packed_attention.h"

#include <ATen/Parallel.h>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace near2::attention {

namespace {

// context[d] = Σ_j scores[j] / total · value_j[d]; context starts at zero.
template <std::int64_t Dim>
inline void weightedSum(const float* scores, float total, const float* values, std::int64_t length,
                        std::int64_t stride, float* context, std::int64_t dim = Dim)
{
    for (std::int64_t j = 0; j < length; ++j) {
        const float weight = scores[j] / total;
        const float* value = values + j * stride;
        for (std::int64_t d = 0; d < (Dim > 0 ? Dim : dim); ++d)
            context[d] += weight * value[d];
    }
}

// Dim > 0: the head size known when compiled (32 and 64 are BERT's usual sizes), so that the dot products
// and the weighted sums unroll into a few vector instructions; 0: any size, read at run time.
template <std::int64_t Dim>
inline void attendHeadOf(const float* qkv, std::int64_t length, std::int64_t head, const HeadLayout& layout,
                         float* out, float* scratch)
{
    const std::int64_t dim = Dim > 0 ? Dim : layout.headDim, hidden = layout.hidden(), stride = 3 * hidden;
    const float scale = std::sqrt(static_cast<float>(dim));
    const float* queries = qkv + head * dim;
    const float* keys = queries + hidden;
    const float* values = keys + hidden;
    float* scores = scratch;
    float* scaledQuery = scratch + length;
    for (std::int64_t i = 0; i < length; ++i) {
        const float* query = queries + i * stride;
        if (layout.scaleQueryFirst) {
            for (std::int64_t d = 0; d < dim; ++d)
                scaledQuery[d] = query[d] / scale;
            query = scaledQuery;
        }
        float largest = -INFINITY;
        for (std::int64_t j = 0; j < length; ++j) {
            const float* key = keys + j * stride;
            float dot = 0.0F;
            for (std::int64_t d = 0; d < dim; ++d)
                dot += query[d] * key[d];
            scores[j] = layout.scaleQueryFirst ? dot : dot / scale;
            largest = std::max(largest, scores[j]);
        }
        float total = 0.0F;
        for (std::int64_t j = 0; j < length; ++j) {
            scores[j] = std::exp(scores[j] - largest);
            total += scores[j];
        }
        float* target = out + i * hidden + head * dim;
        if constexpr (Dim > 0) {
            // Summed in a local array (registers), not in `out`, which the compiler must assume may alias
            // the values.
            float context[Dim] = {};
            weightedSum<Dim>(scores, total, values, length, stride, context);
            std::copy(context, context + Dim, target);
        } else {
            std::fill(target, target + dim, 0.0F);
            weightedSum<Dim>(scores, total, values, length, stride, target, dim);
        }
    }
}

} // namespace

// Built for AVX-512, AVX2 and baseline x86-64, picked at load time; the dot products are summed in vector
// lanes (the file is compiled with -fassociative-math), which moves a score by about one float ulp.
__attribute__((target_clones("avx512f", "avx2", "default"))) void
attendHead(const float* qkv, std::int64_t length, std::int64_t head, const HeadLayout& layout, float* out,
           float* scratch)
{
    switch (layout.headDim) {
    case 32:
        return attendHeadOf<32>(qkv, length, head, layout, out, scratch);
    case 64:
        return attendHeadOf<64>(qkv, length, head, layout, out, scratch);
    default:
        return attendHeadOf<0>(qkv, length, head, layout, out, scratch);
    }
}

void attendSequences(const float* qkv, std::span<const LengthGroup> groups, const HeadLayout& layout,
                     float* out)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> sequences; // first token, length
    std::int64_t first = 0, longest = 0;
    for (const LengthGroup& group : groups) {
        for (std::int64_t s = 0; s < group.count; ++s, first += group.length)
            sequences.emplace_back(first, group.length);
        longest = std::max(longest, group.length);
    }
    const std::int64_t tasks = static_cast<std::int64_t>(sequences.size()) * layout.heads;
    constexpr std::int64_t kTaskGrain = 32; // a (sequence, head) pair is a few microseconds of arithmetic
    at::parallel_for(0, tasks, kTaskGrain, [&](std::int64_t begin, std::int64_t end) {
        std::vector<float> scratch(static_cast<std::size_t>(longest + layout.headDim));
        for (std::int64_t task = begin; task < end; ++task) {
            const auto& [start, length] = sequences[static_cast<std::size_t>(task / layout.heads)];
            attendHead(qkv + start * 3 * layout.hidden(), length, task % layout.heads, layout,
                       out + start * layout.hidden(), scratch.data());
        }
    });
}

} // namespace near2::attention
