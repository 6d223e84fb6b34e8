#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/encoder/embedding_cache.h"
#include "core/train/demo_model.h"
#include "widgets/jobs/demo_model.h"
#include "widgets/jobs/project_builder.h"

namespace near2::jobs {

ProjectSnapshot openDemo(const std::filesystem::path& cacheDir, const JobControl& job)
{
    // The file name carries the model: projects made with the earlier stand-in embedder are not reused.
    const auto project = cacheDir / "demo-trained.near2";
    if (std::filesystem::exists(project))
        return openProject(project);
    const auto dataDir = cacheDir / "demo-shop";
    std::filesystem::create_directories(cacheDir);
    job.report("generate demo shop", 0, 1);
    writeBeir(generateDemoShop(DemoShopOptions{}), dataDir);
    job.checkCancelled();
    // Trained with the Matryoshka loss at first use (about a minute), then shared with `near2 demo-model`.
    const auto model = ensureDemoModel(defaultCacheDir(), job);
    ProjectSetup setup;
    setup.projectFile = cacheDir / "demo-trained.near2.building";
    std::filesystem::remove(setup.projectFile);
    setup.dataset = {"demo", {dataDir.string()}, "", "test", "demo-seed-42"};
    setup.model = {"bundle", {model.string()}, kDemoModelDim};
    buildProject(setup, job);
    std::filesystem::rename(setup.projectFile, project); // only a finished project counts
    return openProject(project);
}

} // namespace near2::jobs
