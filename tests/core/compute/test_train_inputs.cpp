// Bad training input stops before anything is written; the trained model.pt gives the same embeddings in
// Python's torch.jit.load (Debian's python3-torch at /usr/bin/python3; skipped with a message without it).
#include "core/encoder/text_encoder.h"
#include "core/train/bundle_output.h"
#include "core/train/trainer.h"
#include "core/util/error.h"
#include "tests/core/compute/test_train_support.h"
#include "tests/core/test_support.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <sstream>
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

const char* kPythonScript = R"(import json, sys, torch
model = torch.jit.load(sys.argv[1])
model.eval()
with torch.inference_mode():
    for line in open(sys.argv[2]):
        ids = torch.tensor([json.loads(line)], dtype=torch.long)
        pooled = model(ids, torch.ones_like(ids))[0].mean(0)
        pooled = pooled / pooled.norm()
        print(" ".join(repr(float(v)) for v in pooled))
)";

std::string runCommand(const std::string& command)
{
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return output;
    char chunk[4096];
    for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, pipe)) > 0;)
        output.append(chunk, n);
    ::pclose(pipe);
    return output;
}

TEST(TrainInputs, TrainedModelGivesTheSameEmbeddingsInPython)
{
    if (std::system("/usr/bin/python3 -c 'import torch' >/dev/null 2>&1") != 0)
        GTEST_SKIP()
            << "/usr/bin/python3 cannot import torch (Debian's python3-torch): skipping the parity check";
    test::ScratchDir dir;
    trainModel(test::smallShop(), test::quickTrainOptions(dir / "bundle"), {});
    const auto bundle = ModelBundle::open(dir / "bundle");
    const std::vector<std::string> texts = {"samsung ssd 1tb", "keep coffee hot for hours", "rtx4070", "x"};
    const auto plan = planEncoding(bundle, texts, TextKind::Query);
    std::ostringstream idsJson;
    for (const auto& ids : plan.ids) {
        idsJson << '[';
        for (std::size_t i = 0; i < ids.size(); ++i)
            idsJson << (i ? "," : "") << ids[i];
        idsJson << "]\n";
    }
    test::writeText(dir / "ids.jsonl", idsJson.str());
    test::writeText(dir / "parity.py", kPythonScript);
    const std::string output =
        runCommand("/usr/bin/python3 " + (dir / "parity.py").string() + " " +
                   (dir / "bundle" / "model.pt").string() + " " + (dir / "ids.jsonl").string());
    const auto ours = encodeTexts(bundle, texts, TextKind::Query, {.batchSize = 4, .device = "cpu"}, {});
    std::istringstream lines(output);
    std::string line;
    for (std::size_t row = 0; row < texts.size(); ++row) {
        ASSERT_TRUE(std::getline(lines, line)) << "python printed too few rows:\n" << output;
        std::istringstream values(line);
        for (std::size_t d = 0; d < ours.dim(); ++d) {
            double value = 0;
            ASSERT_TRUE(values >> value) << "row " << row;
            EXPECT_NEAR(ours.row(row)[d], value, 1e-5) << "row " << row << " dim " << d;
        }
    }
}

} // namespace
} // namespace near2
