// The GPU path (--device cuda) against the CPU: the sweep, the encoder and training. Each test skips with a
// message where this LibTorch has no CUDA or no GPU is present (Debian's LibTorch is CPU-only); they run on a
// machine with a CUDA LibTorch (scripts/gpu/).
#include "core/encoder/text_encoder.h"
#include "core/search/sweep.h"
#include "core/train/trainer.h"
#include "tests/core/compute/cuda_skip.h"
#include "tests/core/compute/test_encoder_fixture.h"
#include "tests/core/compute/test_sweep_support.h"
#include "tests/core/compute/test_train_support.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

TEST(CudaPaths, SweepOnTheGpuEqualsTheFusedCpuSweep)
{
    NEAR2_SKIP_WITHOUT_CUDA();
    SweepOptions options;
    options.dims = {8, 32, 96};
    options.k = 30;
    // More than one GPU query block (1,024) and more than one GPU tile (65,536 rows).
    expectTorchEngineRanksAsTheCpu(randomMatrix(1100, 96, 6), randomMatrix(70000, 96, 5), options, "cuda");
}

TEST(CudaPaths, EncoderOnTheGpuEqualsTheCpu)
{
    NEAR2_SKIP_WITHOUT_CUDA();
    test::ScratchDir dir;
    test::writeBertBundle(dir / "bundle", {}, R"("pooling": "mean",)");
    const auto bundle = ModelBundle::open(dir / "bundle");
    const std::vector<std::string> texts = {"usb cable", "cordless drill, hammer", "a", "hex key set 2.5 mm"};
    const auto onCpu = encodeTexts(bundle, texts, TextKind::Document, {.batchSize = 3, .device = "cpu"}, {});
    const auto onGpu = encodeTexts(bundle, texts, TextKind::Document, {.batchSize = 3, .device = "cuda"}, {});
    ASSERT_EQ(onGpu.rows(), onCpu.rows());
    ASSERT_EQ(onGpu.dim(), onCpu.dim());
    for (std::size_t r = 0; r < onCpu.rows(); ++r)
        for (std::size_t j = 0; j < onCpu.dim(); ++j)
            ASSERT_NEAR(onGpu.row(r)[j], onCpu.row(r)[j], 1e-4) << "text " << r << ", component " << j;
}

TEST(CudaPaths, TrainingOnTheGpuLowersTheLoss)
{
    NEAR2_SKIP_WITHOUT_CUDA();
    test::ScratchDir dir;
    auto options = test::quickTrainOptions(dir / "trained");
    options.epochs = 3;
    options.device = "cuda";
    const auto trained = trainModel(test::smallShop(), options, {});
    ASSERT_EQ(trained.epochs.size(), 3u);
    EXPECT_LT(trained.epochs.back().meanLoss, 0.8 * trained.epochs.front().meanLoss);
    // The bundle written from GPU weights loads and encodes on the CPU.
    const auto bundle = ModelBundle::open(dir / "trained");
    const auto matrix =
        encodeTexts(bundle, {"drill"}, TextKind::Query, {.batchSize = 1, .device = "cpu"}, {});
    EXPECT_EQ(matrix.rows(), 1u);
}

} // namespace
} // namespace near2
