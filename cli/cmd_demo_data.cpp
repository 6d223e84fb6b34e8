// near2 demo-data: writes the synthetic demo shop (BEIR layout, ESCI labels) and, on request, stand-in
// embeddings from the hashing embedder (not a model; see core/demo/hashing_embedder.h). Prints how complete
// the test judgements are: the share of unjudged products in the top 10 at full dim, for the stand-in
// embedder and, with --model, for a model bundle.
#include "cli/command.h"
#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/demo/hashing_embedder.h"
#include "core/embed/embedding_matrix.h"
#include "core/eval/judged_share.h"
#include "core/search/evaluation_run.h"
#include "core/search/model_embeddings.h"
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
    std::string model;           // a bundle whose unjudged share to print too
};

constexpr std::int64_t kMaxEmbeddingDim = 4096;
constexpr std::size_t kStandInShareDim = 256; // the stand-in's dim for the share when --embeddings is absent
constexpr std::size_t kShareDepth = 10;

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

struct StandInEmbeddings
{
    EmbeddingMatrix corpus, queries;
};

StandInEmbeddings standInEmbeddings(const Dataset& dataset, std::size_t dim)
{
    demo::HashingEmbedder embedder(dim);
    std::vector<std::string> texts;
    texts.reserve(dataset.corpus.size());
    for (const auto& product : dataset.corpus)
        texts.push_back(product.title + " " + product.text);
    StandInEmbeddings embeddings;
    embeddings.corpus = embedder.embedAll(texts);
    texts.clear();
    for (const auto& query : dataset.queries)
        texts.push_back(query.text);
    embeddings.queries = embedder.embedAll(texts);
    return embeddings;
}

// The share of unjudged products among the test queries' top 10 at the embeddings' full dim.
UnjudgedShare unjudgedAtFullDim(const Dataset& dataset, EmbeddingMatrix corpus, EmbeddingMatrix queries)
{
    EvaluationInputs inputs;
    inputs.dims = {static_cast<int>(corpus.dim())};
    inputs.scoring.spec.cutoffs = {static_cast<int>(kShareDepth)};
    inputs.corpusEmbeddings = std::move(corpus);
    inputs.queryEmbeddings = std::move(queries);
    const EvaluationOutcome outcome = evaluate(dataset, inputs);
    return unjudgedInTopK(outcome.plan, outcome.rankings.perDim.front(), kShareDepth);
}

std::string shareLine(const UnjudgedShare& share, const std::string& ranker)
{
    return fmt::format("unjudged in the test queries' top {} at full dim: {:.1f}% ({} of {}; {})\n",
                       kShareDepth, 100.0 * share.share(), share.unjudged, share.ranked, ranker);
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
    app.add_option("--model", options->model,
                   "Also print the share of unjudged products in the top 10 for this model bundle (e.g. "
                   "the folder `near2 demo-model` prints)");

    return [options] {
        const DemoShopOptions shop = shopOptions(*options);
        OutputFolder out(options->out); // one output set: the dataset and its embeddings, or nothing
        const auto started = std::chrono::steady_clock::now();
        const Dataset dataset = generateDemoShop(shop);
        const auto standInDim =
            options->embeddings > 0 ? static_cast<std::size_t>(options->embeddings) : kStandInShareDim;
        StandInEmbeddings standIn = standInEmbeddings(dataset, standInDim);
        std::string shares;
        if (!options->model.empty()) {
            ModelEmbeddings encoded = encodeDatasetWithModel(options->model, dataset, EncodeOptions{}, {});
            shares += shareLine(unjudgedAtFullDim(dataset, encoded.corpus, encoded.queries), options->model);
        }
        writeBeirFiles(dataset, out.staging());
        if (options->embeddings > 0) {
            writeEmbeddings(out.staging() / "corpus.npy", standIn.corpus);
            writeEmbeddings(out.staging() / "queries.npy", standIn.queries);
        }
        shares = shareLine(unjudgedAtFullDim(dataset, std::move(standIn.corpus), std::move(standIn.queries)),
                           fmt::format("stand-in hashing embedder, dim {}", standInDim)) +
                 shares;
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
        std::cout << shares;
        return 0;
    };
}

} // namespace

NEAR2_COMMAND(Command{"demo-data",
                      "Write the synthetic demo shop: catalog, typed queries, ESCI judgements (BEIR layout)",
                      setup})

} // namespace near2::cli
