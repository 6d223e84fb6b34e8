// near2 demo-data: writes the synthetic demo shop (BEIR layout, ESCI labels) and, on request, stand-in
// embeddings from the hashing embedder (not a model; see core/demo/hashing_embedder.h).
#include "cli/command.h"
#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/demo/hashing_embedder.h"
#include "core/embed/embedding_matrix.h"
#include "core/util/error.h"
#include "core/util/output_folder.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <memory>

namespace near2::cli {

namespace {

struct DemoDataOptions
{
    std::string out;
    std::uint64_t seed = 42;
    std::int64_t products = 20000;
    std::int64_t queries = 2000;
    std::int64_t embeddings = 0; // 0: no embeddings
};

constexpr std::int64_t kMaxEmbeddingDim = 4096;

DemoShopOptions shopOptions(const DemoDataOptions& options)
{
    if (options.products < 0 || options.queries < 0)
        throw InputError(fmt::format("--products and --queries must be positive, got {} and {}",
                                     options.products, options.queries));
    if (options.embeddings < 0 || options.embeddings > kMaxEmbeddingDim ||
        (options.embeddings > 0 && options.embeddings < 8))
        throw InputError(fmt::format("--embeddings must be between 8 and {}, got {}", kMaxEmbeddingDim,
                                     options.embeddings));
    DemoShopOptions shop;
    shop.seed = options.seed;
    shop.products = static_cast<std::size_t>(options.products);
    shop.queries = static_cast<std::size_t>(options.queries);
    validateDemoShopOptions(shop);
    return shop;
}

void writeStandInEmbeddings(const Dataset& dataset, std::size_t dim, const std::filesystem::path& out)
{
    demo::HashingEmbedder embedder(dim);
    std::vector<std::string> texts;
    texts.reserve(dataset.corpus.size());
    for (const auto& product : dataset.corpus)
        texts.push_back(product.title + " " + product.text);
    writeEmbeddings(out / "corpus.npy", embedder.embedAll(texts));
    texts.clear();
    for (const auto& query : dataset.queries)
        texts.push_back(query.text);
    writeEmbeddings(out / "queries.npy", embedder.embedAll(texts));
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<DemoDataOptions>();
    app.add_option("--out", options->out, "Output folder (BEIR layout)")->required();
    app.add_option("--seed", options->seed, "Seed: the same seed writes the same files (default 42)");
    app.add_option("--products", options->products, "Catalog size, at least 50 (default 20000)");
    app.add_option("--queries", options->queries, "Number of queries, at least 10 (default 2000)");
    app.add_option("--embeddings", options->embeddings,
                   "Also write corpus.npy and queries.npy of this dimension from a STAND-IN hashing "
                   "embedder (synthetic, not a model; default: none)");

    return [options] {
        const DemoShopOptions shop = shopOptions(*options);
        OutputFolder out(options->out); // one output set: the dataset and its embeddings, or nothing
        const auto started = std::chrono::steady_clock::now();
        const Dataset dataset = generateDemoShop(shop);
        writeBeirFiles(dataset, out.staging());
        if (options->embeddings > 0)
            writeStandInEmbeddings(dataset, static_cast<std::size_t>(options->embeddings), out.staging());
        out.commit();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::cout << fmt::format(
            "wrote {}: {} products, {} queries, judgements: train {}, test {}{} ({:.1f} s)\n", options->out,
            dataset.corpus.size(), dataset.queries.size(), dataset.split("train").judgements.size(),
            dataset.split("test").judgements.size(),
            options->embeddings > 0 ? fmt::format(", stand-in embeddings of dim {}", options->embeddings)
                                    : std::string(),
            seconds);
        return 0;
    };
}

} // namespace

NEAR2_COMMAND(Command{"demo-data",
                      "Write the synthetic demo shop: catalog, typed queries, ESCI judgements (BEIR layout)",
                      setup})

} // namespace near2::cli
