#pragma once
// Shared by the training tests: a small demo shop generated once, and quick training options.
#include "core/data/dataset.h"
#include "core/train/train_options.h"

#include <filesystem>

namespace near2::test {

// 400 products, 120 queries (train 84 / test 36), seed 3.
const Dataset& smallShop();

// bow-256 from scratch, MNRL, Matryoshka dims 32…256, batch 16, 1 epoch, no per-epoch evaluation.
TrainOptions quickTrainOptions(const std::filesystem::path& out);

} // namespace near2::test
