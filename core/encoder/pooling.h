#pragma once
// Token states → one embedding per sequence, as sentence-transformers' Pooling (and Normalize) modules do,
// for packed sequences (encoder_network.h). Used by encoding and by training (differentiable).
#include "core/encoder/encoder_network.h"
#include "core/encoder/pooling_spec.h"

namespace near2 {

// `states`: [T, H] token states of `groups` (or [sequences, H] for Pooling::None) → float32 [sequences, H].
at::Tensor poolSequences(const at::Tensor& states, std::span<const LengthGroup> groups,
                         const PoolingSpec& spec);

} // namespace near2
