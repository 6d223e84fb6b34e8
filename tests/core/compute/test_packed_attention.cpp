// The inference attention kernel (packed_attention.h) against LibTorch's batched products and softmax,
// written as Hugging Face's BERT and DistilBERT write them, at the head sizes with a compiled path (32, 64)
// and one without (24), for sequences of 1 to 40 tokens; and a sequence's result does not depend on its
// neighbours.
#include "core/encoder/packed_attention.h"

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <vector>

using namespace near2;

namespace {

// Hugging Face's attention over one sequence: qkv [length, 3 · heads · headDim] → [length, heads · headDim].
torch::Tensor referenceAttention(const torch::Tensor& qkv, std::int64_t heads, bool distilBert)
{
    const std::int64_t length = qkv.size(0), headDim = qkv.size(1) / 3 / heads;
    const auto parts = qkv.view({length, 3, heads, headDim}).permute({1, 2, 0, 3}).to(torch::kFloat64);
    const double scale = std::sqrt(static_cast<double>(headDim));
    const auto scores = distilBert ? torch::matmul(parts[0] / scale, parts[1].transpose(-1, -2))
                                   : torch::matmul(parts[0], parts[1].transpose(-1, -2)) / scale;
    return torch::matmul(torch::softmax(scores, -1), parts[2])
        .permute({1, 0, 2})
        .reshape({length, heads * headDim});
}

torch::Tensor packedAttention(const torch::Tensor& qkv, std::int64_t heads, bool distilBert)
{
    const std::int64_t length = qkv.size(0), hidden = qkv.size(1) / 3;
    const attention::HeadLayout layout{heads, hidden / heads, distilBert};
    auto out = torch::full({length, hidden}, 7.0F); // every value must be written
    std::vector<float> scratch(static_cast<std::size_t>(length + layout.headDim));
    for (std::int64_t head = 0; head < heads; ++head)
        attention::attendHead(qkv.data_ptr<float>(), length, head, layout, out.data_ptr<float>(),
                              scratch.data());
    return out;
}

struct Shape
{
    std::int64_t heads, headDim;
};

class PackedAttention : public testing::TestWithParam<Shape>
{
};

} // namespace

TEST_P(PackedAttention, MatchesHuggingFacesFormulaForBertAndDistilBert)
{
    torch::manual_seed(11);
    const auto [heads, headDim] = GetParam();
    for (const bool distilBert : {false, true})
        for (const std::int64_t length : {1, 2, 5, 13, 40}) {
            const auto qkv = torch::randn({length, 3 * heads * headDim}) * 2.0;
            const auto got = packedAttention(qkv, heads, distilBert);
            const auto expected = referenceAttention(qkv, heads, distilBert);
            // Values of order 2: float32 rounding over 40 terms stays a few 1e-6 (LibTorch's float32 products
            // are as far); a wrong head, offset or scale is off by 1e-1 or more.
            EXPECT_LT((got.to(torch::kFloat64) - expected).abs().max().item<double>(), 1e-5)
                << (distilBert ? "DistilBERT" : "BERT") << ", length " << length;
        }
}

TEST_P(PackedAttention, ASequencesResultDependsOnItAlone)
{
    torch::manual_seed(12);
    const auto [heads, headDim] = GetParam();
    const std::int64_t hidden = heads * headDim;
    const attention::HeadLayout layout{heads, headDim, false};
    const auto attend = [&](const torch::Tensor& qkv, const std::vector<LengthGroup>& groups) {
        auto out = torch::full({qkv.size(0), hidden}, 7.0F);
        attention::attendSequences(qkv.data_ptr<float>(), groups, layout, out.data_ptr<float>());
        return out;
    };
    // Packed as a batch lays them out: one of 4 tokens, two of 6 (the second is the one watched), 40 of 9,
    // enough (sequence, head) pairs to be split over the threads.
    const auto alone = torch::randn({6, 3 * hidden});
    const auto together =
        torch::cat({torch::randn({10, 3 * hidden}), alone, torch::randn({360, 3 * hidden})});
    const auto batch = attend(together, {{1, 4}, {2, 6}, {40, 9}});
    EXPECT_TRUE(torch::equal(batch.narrow(0, 10, 6), attend(alone, {{1, 6}})));
    EXPECT_TRUE(torch::equal(batch.narrow(0, 10, 6), packedAttention(alone, heads, false)));
}

INSTANTIATE_TEST_SUITE_P(HeadSizes, PackedAttention,
                         testing::Values(Shape{12, 32}, Shape{4, 64}, Shape{3, 24}),
                         [](const auto& param) { return "dim" + std::to_string(param.param.headDim); });
