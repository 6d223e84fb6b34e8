// near2 convert: reads BEIR, ESCI or a mapped CSV and writes the BEIR layout.
#include "cli/command.h"
#include "core/data/holdout.h"
#include "core/data/loaders.h"
#include "core/util/error.h"

#include <fmt/format.h>
#include <iostream>
#include <memory>

namespace near2::cli {

namespace {

struct ConvertOptions
{
    std::string beir, esciExamples, esciProducts, csv, map, encoding = "UTF-8", split, out;
    double holdout = 0.0;
    std::uint64_t seed = 13;
};

Dataset readInput(const ConvertOptions& options)
{
    ReadOptions read;
    read.encoding = options.encoding;
    if (!options.split.empty())
        read.split = options.split;
    if (!options.beir.empty())
        return readBeir(options.beir, read);
    if (!options.esciExamples.empty())
        return readEsci(options.esciExamples, options.esciProducts, read);
    if (!options.csv.empty())
        return readMappedCsv(options.csv, ColumnMapping::parse(options.map), read);
    throw InputError("name an input: --beir DIR, --esci-examples F --esci-products F, or --csv F --map SPEC");
}

std::string summary(const Dataset& dataset, const std::string& out)
{
    std::string splits;
    for (const auto& [name, qrels] : dataset.splits)
        splits += fmt::format("{}{} {}", splits.empty() ? "" : ", ", name, qrels.judgements.size());
    return fmt::format("wrote {}: {} products, {} queries, judgements: {}", out, dataset.corpus.size(),
                       dataset.queries.size(), splits.empty() ? "none" : splits);
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<ConvertOptions>();
    auto* beir = app.add_option("--beir", options->beir, "BEIR folder (corpus.jsonl, queries.jsonl, qrels/)");
    auto* examples =
        app.add_option("--esci-examples", options->esciExamples, "ESCI examples file (CSV or TSV)");
    auto* products =
        app.add_option("--esci-products", options->esciProducts, "ESCI products file (CSV or TSV)");
    auto* csv = app.add_option("--csv", options->csv, "Any CSV/TSV with one judgement per row");
    auto* map =
        app.add_option("--map", options->map,
                       "Column mapping for --csv, e.g. doc-id=product_uid,title=product_title,"
                       "query=search_term,label=relevance (roles: query-id, query, doc-id, title, text, "
                       "label, split)");
    examples->needs(products);
    products->needs(examples);
    csv->needs(map);
    map->needs(csv);
    beir->excludes(examples, products, csv, map);
    examples->excludes(csv, map);
    products->excludes(csv, map);
    app.add_option("--encoding", options->encoding, "Text encoding of the input files (default UTF-8)");
    app.add_option("--split", options->split, "Keep only this qrels split");
    auto* holdout =
        app.add_option("--holdout", options->holdout,
                       "Re-split by query: this fraction of the queries goes to 'test', the rest to 'train'")
            ->check(CLI::Range(0.0, 1.0));
    app.add_option("--seed", options->seed, "Seed of the holdout's query choice (default 13)");
    app.add_option("--out", options->out, "Output folder (BEIR layout)")->required();

    return [options, holdout] {
        Dataset dataset = readInput(*options);
        if (holdout->count() > 0)
            applyQueryHoldout(dataset, options->holdout, options->seed);
        writeBeir(dataset, options->out);
        std::cout << summary(dataset, options->out) << '\n';
        return 0;
    };
}

} // namespace

NEAR2_COMMAND({"convert", "Convert BEIR, ESCI or a mapped CSV into the BEIR layout", setup})

} // namespace near2::cli
