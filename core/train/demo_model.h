#pragma once
// The demo model: grams-256 (pieces plus their character n-grams) trained with the Matryoshka MNRL loss at
// dims 8…256 for 10 epochs on the default demo shop (seed 42), trained at first use and cached, so the demo
// needs nothing downloaded. Deterministic: the same settings and thread count give the same model.
// `near2 demo-model --print-command` prints the equivalent command line.
#include "core/train/train_options.h"
#include "core/train/trainer.h"
#include "core/util/progress.h"

#include <filesystem>
#include <string>

namespace near2 {

// The Matryoshka demo model, or its plain twin (same data and settings, the loss at the full dim only): the
// baseline the demo project compares it with.
enum class DemoModelKind { Matryoshka, Plain };

// The settings the demo model is trained with (out left empty).
TrainOptions demoModelOptions(DemoModelKind kind = DemoModelKind::Matryoshka);

// <cacheDir>/demo-model-<version> (demo-model-plain-<version>): the folder a cached demo model lives in.
std::filesystem::path demoModelFolder(const std::filesystem::path& cacheDir,
                                      DemoModelKind kind = DemoModelKind::Matryoshka);

// The cached demo model's folder; generates the demo shop and trains it first when absent (progress and
// cancellation through `job`; a cancelled run leaves no model behind). Throws CancelledError when cancelled.
std::filesystem::path ensureDemoModel(const std::filesystem::path& cacheDir, const JobControl& job,
                                      const TrainMessages& messages = {},
                                      DemoModelKind kind = DemoModelKind::Matryoshka);

} // namespace near2
