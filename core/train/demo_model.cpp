#include "core/train/demo_model.h"

#include "core/demo/demo_shop.h"
#include "core/train/bundle_output.h"
#include "core/util/error.h"

#include <fmt/format.h>

namespace near2 {

namespace {
// Bump when the demo shop generator or the settings below change, so stale cached models are not reused.
constexpr const char* kDemoModelVersion = "v3";
} // namespace

TrainOptions demoModelOptions(DemoModelKind kind)
{
    TrainOptions options;
    options.noMrl = kind == DemoModelKind::Plain;
    options.arch = "grams-256";
    options.loss = "mnrl";
    options.mrlDims = {8, 16, 32, 64, 128, 256};
    options.epochs = 10;
    options.batchSize = 64;
    options.lr = 2e-3;
    options.seed = 42;
    options.evalSplit = "test";
    return options;
}

std::filesystem::path demoModelFolder(const std::filesystem::path& cacheDir, DemoModelKind kind)
{
    const std::string name = kind == DemoModelKind::Plain ? "demo-model-plain-" : "demo-model-";
    return cacheDir / (name + kDemoModelVersion);
}

std::filesystem::path ensureDemoModel(const std::filesystem::path& cacheDir, const JobControl& job,
                                      const TrainMessages& messages, DemoModelKind kind)
{
    const auto folder = demoModelFolder(cacheDir, kind);
    if (std::filesystem::exists(folder / kManifestFileName))
        return folder;
    job.report("demo shop", 0, 1);
    const Dataset shop = generateDemoShop({});
    TrainOptions options = demoModelOptions(kind);
    options.out = folder;
    std::filesystem::create_directories(cacheDir);
    try {
        trainModel(shop, options, job, messages);
    } catch (const CancelledError&) {
        std::error_code ignored;
        std::filesystem::remove_all(partialFolderFor(folder), ignored);
        throw;
    }
    return folder;
}

} // namespace near2
