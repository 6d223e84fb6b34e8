// A batch of several length groups gives every text the states it gets alone: for the bag-of-pieces
// architectures, which declare themselves token-wise and are run as one row, and for bert-mini, whose
// attention mixes tokens and which must keep one call per length group.
#include "core/encoder/torchscript_network.h"
#include "core/train/architectures.h"

#include <gtest/gtest.h>
#include <torch/script.h>

namespace near2 {
namespace {

constexpr std::size_t kVocabulary = 300;

class TokenWiseForward : public testing::TestWithParam<const char*>
{
};

TEST_P(TokenWiseForward, SeveralLengthGroupsGiveEachTextItsOwnStates)
{
    const std::string bytes = buildArchitectureModule(architectureSpec(GetParam()), kVocabulary, 5);
    TorchScriptNetwork network(bytes, GetParam(), false);
    // Two texts of 3 ids, one of 5, one of 2: packed one after the other, as packSequences() lays them out.
    const std::vector<LengthGroup> groups = {{2, 3}, {1, 5}, {1, 2}};
    const std::vector<std::int64_t> ids = {2, 17, 3, 2, 250, 3, 2, 40, 41, 299, 3, 2, 3};
    const auto all = torch::tensor(ids, torch::kInt64);
    const torch::Tensor together = network.forward(all, groups);
    ASSERT_EQ(together.size(0), static_cast<std::int64_t>(ids.size()));

    std::int64_t offset = 0;
    for (const LengthGroup& group : groups) {
        const std::int64_t tokens = group.count * group.length;
        const std::vector<LengthGroup> alone = {group};
        const torch::Tensor expected = network.forward(all.narrow(0, offset, tokens), alone);
        const torch::Tensor got = together.narrow(0, offset, tokens);
        EXPECT_LT((got - expected).abs().max().item<float>(), 1e-5f)
            << GetParam() << ", group of length " << group.length;
        offset += tokens;
    }
}

INSTANTIATE_TEST_SUITE_P(Architectures, TokenWiseForward,
                         testing::Values("bow-256", "grams-256", "bert-mini"), [](const auto& param) {
                             std::string name = param.param;
                             std::erase(name, '-');
                             return name;
                         });

} // namespace
} // namespace near2
