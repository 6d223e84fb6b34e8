#include "tests/gui/small_project.h"

#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/embed/embedding_matrix.h"
#include "core/search/model_embeddings.h"
#include "core/session/stand_in_model.h"

namespace near2::test {

session::ProjectSetup smallProject(const QTemporaryDir& dir, std::size_t products, std::size_t queries)
{
    const std::filesystem::path root = dir.path().toStdString();
    DemoShopOptions options;
    options.products = products;
    options.queries = queries;
    const Dataset dataset = generateDemoShop(options);
    writeBeir(dataset, root / "data");
    std::vector<std::string> corpus, queryTexts;
    for (const auto& record : dataset.corpus)
        corpus.push_back(documentText(record));
    for (const auto& record : dataset.queries)
        queryTexts.push_back(record.text);
    writeEmbeddings(root / "c.npy", session::embedWithStandInModel(corpus));
    writeEmbeddings(root / "q.npy", session::embedWithStandInModel(queryTexts));
    session::ProjectSetup setup;
    setup.projectFile = root / "small.near2";
    setup.dataset = {"beir", {(root / "data").string()}, "", "test", ""};
    setup.model = {"stand-in", {(root / "c.npy").string(), (root / "q.npy").string()}, 0};
    return setup;
}

} // namespace near2::test
