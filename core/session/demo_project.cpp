#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/encoder/embedding_cache.h"
#include "core/report/opening_view.h"
#include "core/session/project_builder.h"
#include "core/session/tradeoff_context.h"
#include "core/store/project_store.h"
#include "core/train/demo_model.h"

namespace near2::session {

namespace {

constexpr std::size_t kDemoModelDim = 256; // the trained demo model's (grams-256)

// The demo opens where the story is: the dim nearest 1/8 of the full one against the full dim, a query the
// Matryoshka run keeps and the plain one loses selected, and the trade-off grid already computed.
void prepareOpeningView(const std::filesystem::path& file, const JobControl& job)
{
    const ProjectSnapshot project = openProject(file);
    ProjectStore store(file);
    const auto ids = store.runIds();
    const StoredRun plain = store.readRun(ids.front());
    const StoredRun& matryoshka = *project.latestRun;
    store.saveViewState(openingViewState(storyOpening(plain, matryoshka, matryoshka.result.columns.front())));
    job.report("trade-off grid", 0, 1);
    const auto context = loadTradeoffContext(project, job);
    store.saveTradeoffs(computeTradeoffGrid(*context, TradeoffOptions{}, store.storedTradeoffCells(), job));
}

} // namespace

std::filesystem::path demoProjectFile(const std::filesystem::path& cacheDir)
{
    // The file name carries the models and the judgements: demo projects made by earlier versions are not
    // reused (v3: each test query judges its whole category).
    return cacheDir / "demo-shop-v3.near2";
}

ProjectSnapshot openDemo(const std::filesystem::path& cacheDir, const JobControl& job)
{
    const auto project = demoProjectFile(cacheDir);
    if (std::filesystem::exists(project))
        return openProject(project);
    const auto dataDir = cacheDir / "demo-shop";
    std::filesystem::create_directories(cacheDir);
    job.report("generate demo shop", 0, 1);
    writeBeir(generateDemoShop(DemoShopOptions{}), dataDir);
    job.checkCancelled();
    // Both models are trained at first use (about a minute each) and cached; the Matryoshka one is shared
    // with `near2 demo-model`. The plain baseline's run is stored first: the views show the Matryoshka run,
    // and "Compare A … with B" opens on plain (A) against Matryoshka (B).
    const auto plain = ensureDemoModel(defaultCacheDir(), job, {}, DemoModelKind::Plain);
    const auto matryoshka = ensureDemoModel(defaultCacheDir(), job);
    ProjectSetup setup;
    setup.projectFile = project.string() + ".building";
    std::filesystem::remove(setup.projectFile);
    setup.dataset = {"demo", {dataDir.string()}, "", "test", "demo-seed-42"};
    setup.model = {"bundle", {plain.string()}, kDemoModelDim};
    setup.runLabel = "plain";
    buildProject(setup, job);
    setup.model = {"bundle", {matryoshka.string()}, kDemoModelDim};
    setup.runLabel = "matryoshka";
    buildProject(setup, job);
    prepareOpeningView(setup.projectFile, job);
    std::filesystem::rename(setup.projectFile, project); // only a finished project counts
    return openProject(project);
}

} // namespace near2::session
