#include "core/encoder/packed_ids.h"

#include "core/util/error.h"

#include <algorithm>
#include <numeric>

namespace near2 {

PackedIds packSequences(std::span<const std::vector<std::int32_t>* const> batch)
{
    PackedIds packed;
    packed.order.resize(batch.size());
    std::iota(packed.order.begin(), packed.order.end(), std::size_t{0});
    std::stable_sort(packed.order.begin(), packed.order.end(),
                     [&](std::size_t a, std::size_t b) { return batch[a]->size() < batch[b]->size(); });
    std::size_t tokens = 0;
    for (const auto* sequence : batch)
        tokens += sequence->size();
    packed.ids.reserve(tokens);
    for (const std::size_t i : packed.order) {
        const auto length = static_cast<std::int64_t>(batch[i]->size());
        if (length == 0)
            throw InputError("an empty id sequence: at least [CLS] and [SEP] are needed");
        if (packed.groups.empty() || packed.groups.back().length != length)
            packed.groups.push_back({0, length});
        ++packed.groups.back().count;
        packed.ids.insert(packed.ids.end(), batch[i]->begin(), batch[i]->end());
    }
    return packed;
}

} // namespace near2
