#include "core/encoder/pooling.h"

#include <torch/torch.h>

namespace near2 {

namespace {

torch::Tensor poolGroup(const torch::Tensor& tokens, const PoolingSpec& spec)
{
    const std::int64_t length = tokens.size(1);
    switch (spec.pooling) {
    case Pooling::Cls:
        return tokens.select(1, 0);
    case Pooling::LastToken:
        return tokens.select(1, length - 1);
    case Pooling::Mean:
    case Pooling::Max: {
        const std::int64_t skip = std::min(spec.skipLeading, length);
        if (skip == length) // every token masked, as sentence-transformers' clamped division gives
            return torch::zeros({tokens.size(0), tokens.size(2)}, tokens.options());
        const auto kept = tokens.narrow(1, skip, length - skip);
        if (spec.pooling == Pooling::Max)
            return std::get<0>(kept.max(1));
        return kept.sum(1) / static_cast<double>(length - skip);
    }
    case Pooling::None:
        break;
    }
    return tokens;
}

} // namespace

torch::Tensor poolSequences(const torch::Tensor& states, std::span<const LengthGroup> groups, const PoolingSpec& spec)
{
    torch::Tensor pooled;
    if (spec.pooling == Pooling::None) {
        pooled = states.to(torch::kFloat32);
    } else {
        std::vector<torch::Tensor> parts;
        std::int64_t offset = 0;
        for (const LengthGroup& group : groups) {
            const std::int64_t tokens = group.count * group.length;
            const auto groupStates = states.narrow(0, offset, tokens).to(torch::kFloat32);
            parts.push_back(poolGroup(groupStates.view({group.count, group.length, states.size(1)}), spec));
            offset += tokens;
        }
        pooled = parts.size() == 1 ? parts.front() : torch::cat(parts);
    }
    if (spec.normalize)
        pooled = pooled / pooled.norm(2, 1, true).clamp_min(1e-12);
    return pooled;
}

} // namespace near2
