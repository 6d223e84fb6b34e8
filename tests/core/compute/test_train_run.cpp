// Training end to end on a small demo shop: the loss falls and NDCG rises, the same seed gives the same
// model, the bundle loads, and cancelling keeps the last checkpoint.
#include "core/encoder/model_bundle.h"
#include "core/train/bundle_output.h"
#include "core/train/trainer.h"
#include "core/train/training_log.h"
#include "core/util/error.h"
#include "tests/core/compute/test_train_support.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <torch/script.h>

namespace near2 {
namespace {

std::vector<float> parametersOf(const std::filesystem::path& modelFile)
{
    auto module = torch::jit::load(modelFile.string());
    std::vector<float> values;
    for (const auto& parameter : module.parameters()) {
        const auto flat = parameter.contiguous().view(-1);
        values.insert(values.end(), flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
    }
    return values;
}

TEST(TrainRun, LowersTheLossAndImprovesNdcg)
{
    test::ScratchDir dir;
    auto options = test::quickTrainOptions(dir / "trained");
    options.epochs = 3;
    options.evalSplit = "test";
    const auto trained = trainModel(test::smallShop(), options, {});
    ASSERT_EQ(trained.epochs.size(), 3u);
    EXPECT_LT(trained.epochs.back().meanLoss, 0.8 * trained.epochs.front().meanLoss);

    auto untrainedOptions = options;
    untrainedOptions.out = dir / "untrained";
    untrainedOptions.epochs = 1;
    untrainedOptions.lr = 1e-12; // the same initial weights, practically unchanged
    const auto untrained = trainModel(test::smallShop(), untrainedOptions, {});
    const auto& before = *untrained.epochs.back().eval;
    const auto& after = *trained.epochs.back().eval;
    ASSERT_EQ(after.columns.at(0), "ndcg@10");
    EXPECT_EQ(after.dims.back(), 256);
    EXPECT_GT(after.mean.back()[0], before.mean.back()[0] + 0.02) // random bags of pieces already match words
        << "ndcg@10 at 256: " << before.mean.back()[0] << " → " << after.mean.back()[0];
    const std::string log = test::readText(dir / "trained" / kTrainingLogFileName);
    EXPECT_NE(log.find(R"("event":"step")"), std::string::npos);
    EXPECT_NE(log.find(R"("ndcg@10")"), std::string::npos);
    EXPECT_NE(log.find(R"("event":"done")"), std::string::npos);
}

TEST(TrainRun, SameSeedSameModel)
{
    test::ScratchDir dir;
    trainModel(test::smallShop(), test::quickTrainOptions(dir / "a"), {});
    trainModel(test::smallShop(), test::quickTrainOptions(dir / "b"), {});
    auto other = test::quickTrainOptions(dir / "c");
    other.seed = 7;
    trainModel(test::smallShop(), other, {});
    const auto a = parametersOf(dir / "a" / "model.pt");
    EXPECT_EQ(a, parametersOf(dir / "b" / "model.pt"));
    EXPECT_NE(a, parametersOf(dir / "c" / "model.pt"));
}

TEST(TrainRun, WritesALoadableBundleWithMrlDims)
{
    test::ScratchDir dir;
    trainModel(test::smallShop(), test::quickTrainOptions(dir / "bundle"), {});
    EXPECT_FALSE(std::filesystem::exists(partialFolderFor(dir / "bundle")));
    const auto bundle = ModelBundle::open(dir / "bundle");
    EXPECT_EQ(bundle.dim(), 256u);
    EXPECT_EQ(bundle.manifest().mrlDims, (std::vector<std::size_t>{32, 64, 128, 256}));

    auto plain = test::quickTrainOptions(dir / "plain");
    plain.noMrl = true;
    plain.mrlDims.clear();
    const auto summary = trainModel(test::smallShop(), plain, {});
    EXPECT_EQ(summary.lossDims, std::vector<int>{256});
    EXPECT_TRUE(ModelBundle::open(dir / "plain").manifest().mrlDims.empty());
}

TEST(TrainRun, CancelKeepsTheLastCheckpoint)
{
    test::ScratchDir dir;
    auto options = test::quickTrainOptions(dir / "out");
    options.epochs = 3;
    CancelToken token;
    JobControl job;
    job.cancel = &token;
    job.onProgress = [&](const Progress& progress) {
        if (progress.stage.starts_with("train 2/"))
            token.cancel();
    };
    EXPECT_THROW(trainModel(test::smallShop(), options, job), CancelledError);
    EXPECT_FALSE(std::filesystem::exists(dir / "out"));
    const auto partial = partialFolderFor(dir / "out");
    EXPECT_NO_THROW(ModelBundle::open(partial));
    const std::string log = test::readText(partial / kTrainingLogFileName);
    EXPECT_NE(log.find(R"("event":"cancelled","epochs_completed":1)"), std::string::npos) << log;

    CancelToken early;
    early.cancel();
    job = {};
    job.cancel = &early;
    options.out = dir / "early";
    EXPECT_THROW(trainModel(test::smallShop(), options, job), CancelledError);
    EXPECT_FALSE(std::filesystem::exists(dir / "early"));
    EXPECT_FALSE(std::filesystem::exists(partialFolderFor(dir / "early")));
}

} // namespace
} // namespace near2
