#pragma once
// Self-attention for inference on the CPU on raw float32 rows, one sequence and one head at a time: the
// scores of each query against every key of its sequence, a softmax (the largest score subtracted first),
// and the weighted sum of the values. Hugging Face's BERT divides q·k by √headDim; DistilBERT divides q
// first. A sequence's result depends on that sequence alone, whatever else is in the batch. LibTorch's
// batched matrix products on the same work cost about ten operator calls per length group and layer, which
// at product titles' 4 to 25 tokens took longer than the arithmetic.
#include <cstdint>

namespace near2::attention {

struct HeadLayout
{
    std::int64_t hidden = 0; // heads × headDim
    std::int64_t headDim = 0;
    bool scaleQueryFirst = false; // DistilBERT
};

// qkv: the sequence's first row of [length, 3 · hidden] (all queries, then all keys, then all values, each
// head by head); out: its first row of [length, hidden], where head `head`'s columns are written; scratch:
// at least length + headDim floats.
void attendHead(const float* qkv, std::int64_t length, std::int64_t head, const HeadLayout& layout,
                float* out, float* scratch);

} // namespace near2::attention
