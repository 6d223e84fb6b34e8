// readEsci: the Shopping Queries (ESCI) examples and products files, as CSV or TSV.
#include "core/data/csv_table.h"
#include "core/data/dataset_building.h"
#include "core/data/loaders.h"
#include "core/util/error.h"

#include <unordered_set>

namespace near2 {

namespace {

// A product id can repeat in the real products file (once per locale): the first row wins.
std::vector<Record> readProducts(const std::filesystem::path& file, const std::string& encoding)
{
    CsvTable table(file, encoding);
    const std::size_t id = table.column("product_id");
    const std::size_t title = table.column("product_title");
    const auto description = table.findColumn("product_description");
    const std::vector<std::pair<std::string, std::optional<std::size_t>>> attributeColumns = {
        {"brand", table.findColumn("product_brand")},
        {"color", table.findColumn("product_color")},
        {"locale", table.findColumn("product_locale")},
    };
    std::vector<Record> products;
    std::unordered_set<std::string> seen;
    CsvRecord row;
    while (table.next(row)) {
        table.requireValues(row, {id});
        if (!seen.insert(row.fields[id]).second)
            continue;
        Record product;
        product.id = row.fields[id];
        product.title = std::move(row.fields[title]);
        if (description)
            product.text = std::move(row.fields[*description]);
        for (const auto& [name, column] : attributeColumns)
            if (column && !row.fields[*column].empty())
                product.attributes.emplace_back(name, std::move(row.fields[*column]));
        products.push_back(std::move(product));
    }
    return products;
}

} // namespace

Dataset readEsci(const std::filesystem::path& examples, const std::filesystem::path& products,
                 const ReadOptions& options)
{
    Dataset dataset;
    dataset.source = examples;
    dataset.corpus = readProducts(products, options.encoding);

    CsvTable table(examples, options.encoding);
    const std::size_t queryId = table.column("query_id");
    const std::size_t query = table.column("query");
    const std::size_t productId = table.column("product_id");
    const std::size_t label = table.column("esci_label");
    const std::size_t split = table.column("split");
    std::unordered_set<std::string> seenQueries;
    CsvRecord row;
    while (table.next(row)) {
        table.requireValues(row, {queryId, productId, label, split});
        if (seenQueries.insert(row.fields[queryId]).second)
            dataset.queries.push_back(Record{row.fields[queryId], {}, row.fields[query], {}});
        Qrels& qrels = dataset.splits[row.fields[split]];
        qrels.file = examples;
        qrels.judgements.push_back(Judgement{row.fields[queryId], std::move(row.fields[productId]),
                                             std::move(row.fields[label]), row.line});
    }
    if (dataset.splits.empty())
        throw InputError(examples, "no data rows after the header");
    keepOnlySplit(dataset, options.split);
    return dataset;
}

} // namespace near2
