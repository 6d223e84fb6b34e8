#pragma once
// Self-attention for inference on the CPU on raw float32 rows, one sequence and one head at a time: the
// scores of each query against every key of its sequence, a softmax (the largest score subtracted first),
// and the weighted sum of the values. Hugging Face's BERT divides q·k by √headDim; DistilBERT divides q
// first. A sequence's result depends on that sequence alone, whatever else is in the batch. LibTorch's
// batched matrix products on the same work cost about ten operator calls per length group and layer, which
// at product titles' 4 to 25 tokens took longer than the arithmetic.
#include "core/encoder/compute_precision.h"

#include <cstdint>
#include <span>

namespace near2::attention {

struct HeadLayout
{
    std::int64_t heads = 0;
    std::int64_t headDim = 0;
    bool scaleQueryFirst = false; // DistilBERT

    std::int64_t hidden() const { return heads * headDim; }
};

// qkv: the sequence's first row of [length, 3 · hidden] (all queries, then all keys, then all values, each
// head by head); out: its first row of [length, hidden], where head `head`'s columns are written; scratch:
// at least length + headDim floats.
void attendHead(const float* qkv, std::int64_t length, std::int64_t head, const HeadLayout& layout,
                float* out, float* scratch);

// Every head of every sequence of `groups` (packed one after the other, as packSequences() lays them out),
// split over LibTorch's threads: qkv [tokens, 3 · hidden] → out [tokens, hidden].
void attendSequences(const float* qkv, std::span<const LengthGroup> groups, const HeadLayout& layout,
                     float* out);

} // namespace near2::attention
