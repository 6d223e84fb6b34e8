#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/embed/embedding_matrix.h"
#include "core/search/model_embeddings.h"
#include "widgets/jobs/demo_model.h"
#include "widgets/jobs/project_builder.h"

namespace near2::jobs {

namespace {

std::vector<std::string> corpusTexts(const Dataset& dataset)
{
    std::vector<std::string> texts;
    for (const auto& record : dataset.corpus)
        texts.push_back(documentText(record));
    return texts;
}

std::vector<std::string> queryTexts(const Dataset& dataset)
{
    std::vector<std::string> texts;
    for (const auto& record : dataset.queries)
        texts.push_back(record.text);
    return texts;
}

} // namespace

ProjectSnapshot openDemo(const std::filesystem::path& cacheDir, const JobControl& job)
{
    const auto project = cacheDir / "demo.near2";
    if (std::filesystem::exists(project))
        return openProject(project);
    const auto dataDir = cacheDir / "demo-shop";
    const auto corpusFile = cacheDir / "demo-corpus.npy";
    const auto queryFile = cacheDir / "demo-queries.npy";
    std::filesystem::create_directories(cacheDir);
    job.report("generate demo shop", 0, 3);
    const Dataset dataset = generateDemoShop(DemoShopOptions{});
    writeBeir(dataset, dataDir);
    job.checkCancelled();
    job.report("embed catalog", 1, 3);
    writeEmbeddings(corpusFile, embedWithDemoModel(corpusTexts(dataset)));
    job.checkCancelled();
    job.report("embed queries", 2, 3);
    writeEmbeddings(queryFile, embedWithDemoModel(queryTexts(dataset)));
    ProjectSetup setup;
    setup.projectFile = cacheDir / "demo.near2.building";
    std::filesystem::remove(setup.projectFile);
    setup.dataset = {"demo", {dataDir.string()}, "", "test", "demo-seed-42"};
    setup.model = {"stand-in", {corpusFile.string(), queryFile.string()}, kDemoModelDim};
    buildProject(setup, job);
    std::filesystem::rename(setup.projectFile, project); // only a finished project counts
    return openProject(project);
}

} // namespace near2::jobs
