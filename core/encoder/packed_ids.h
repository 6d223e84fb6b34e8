#pragma once
// A batch of id sequences packed for an EncoderNetwork: sorted by length (stable), concatenated without padding,
// with the groups of equal length. Torch-free.
#include "core/encoder/encoder_network.h"

#include <cstdint>
#include <span>
#include <vector>

namespace near2 {

struct PackedIds
{
    std::vector<std::int64_t> ids;    // every sequence's ids, in `order`
    std::vector<LengthGroup> groups;  // runs of equal length in `order`
    std::vector<std::size_t> order;   // packed position → index into the batch
};

// Throws InputError for an empty sequence.
PackedIds packSequences(std::span<const std::vector<std::int32_t>* const> batch);

} // namespace near2
