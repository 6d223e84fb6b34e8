// Bad training input stops before anything is written; the trained model.pt gives the same embeddings in
// Python's torch.jit.load (Debian's python3-torch at /usr/bin/python3; skipped with a message without it).
#include "core/encoder/text_encoder.h"
#include "core/train/bundle_output.h"
#include "core/train/trainer.h"
#include "core/util/error.h"
#include "tests/core/compute/python_parity.h"
#include "tests/core/compute/test_train_support.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <torch/script.h>

namespace near2 {
namespace {

void expectRejected(const Dataset& dataset, const TrainOptions& options, const std::string& words)
{
    try {
        trainModel(dataset, options, {});
        ADD_FAILURE() << "expected InputError mentioning '" << words << "'";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
    EXPECT_FALSE(std::filesystem::exists(options.out));
    EXPECT_FALSE(std::filesystem::exists(partialFolderFor(options.out)));
}

TEST(TrainInputs, BadInputWritesNothing)
{
    test::ScratchDir dir;
    const auto options = test::quickTrainOptions(dir / "out");

    Dataset noTrain = test::smallShop();
    noTrain.splits.erase("train");
    expectRejected(noTrain, options, "train");

    Dataset noPositive = test::smallShop();
    for (auto& judgement : noPositive.splits["train"].judgements)
        if (judgement.queryId == noPositive.splits["train"].judgements.front().queryId &&
            judgement.label == "E")
            judgement.label = "S";
    expectRejected(noPositive, options, "no positive");
    auto dropping = options;
    dropping.dropQueriesWithoutPositives = true;
    EXPECT_EQ(trainModel(noPositive, dropping, {}).droppedQueries, 1u);
    std::filesystem::remove_all(options.out);

    auto tooWide = options;
    tooWide.mrlDims = {32, 512};
    expectRejected(test::smallShop(), tooWide, "beyond the model's dimension");

    auto unknownArch = options;
    unknownArch.arch = "gpt-9";
    expectRejected(test::smallShop(), unknownArch, "unknown architecture");

    // A module without parameters: its output is a function of the mask only.
    const auto frozen = dir / "frozen";
    std::filesystem::create_directories(frozen);
    torch::jit::Module module("Frozen");
    module.define(R"(
def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
    return attention_mask.float().unsqueeze(-1).repeat([1, 1, 4]) + 1.0
)");
    module.save((frozen / "model.pt").string());
    test::writeText(frozen / "vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\na\n");
    test::writeText(frozen / "near2-model.json",
                    R"({"format": "near2-model/1", "dim": 4, "tokenizer": "vocab.txt"})");
    auto fromFrozen = options;
    fromFrozen.arch.clear();
    fromFrozen.init = frozen;
    fromFrozen.mrlDims.clear();
    expectRejected(test::smallShop(), fromFrozen, "no trainable parameters");
}

TEST(TrainInputs, TrainedModelGivesTheSameEmbeddingsInPython)
{
    NEAR2_REQUIRE_PYTHON_TORCH();
    test::ScratchDir dir;
    trainModel(test::smallShop(), test::quickTrainOptions(dir / "bundle"), {});
    const std::vector<std::string> texts = {"samsung ssd 1tb", "keep coffee hot for hours", "rtx4070", "x"};
    test::expectPythonParity(dir / "bundle", texts, TextKind::Query, dir.path());
}

} // namespace
} // namespace near2
