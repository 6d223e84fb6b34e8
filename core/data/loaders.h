#pragma once
// Reading and writing datasets. Every reader throws InputError naming the file and the 1-based line
// (header counted) or the field at fault: missing column, bad number, duplicate id, invalid JSON.
#include "core/data/dataset.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

struct ReadOptions
{
    std::string encoding = "UTF-8";   // text encoding of the input files, any ICU converter name
    std::optional<std::string> split; // read only this qrels split (BEIR); all splits when empty
};

// BEIR layout: DIR/corpus.jsonl, DIR/queries.jsonl, DIR/qrels/<split>.tsv (header "query-id corpus-id
// score").
Dataset readBeir(const std::filesystem::path& dir, const ReadOptions& options = {});

// ESCI shopping-queries files: examples (query_id, query, product_id, esci_label, split) and products
// (product_id, product_title, product_description, product_brand, product_color, product_locale). CSV or TSV.
Dataset readEsci(const std::filesystem::path& examples, const std::filesystem::path& products,
                 const ReadOptions& options = {});

// Any CSV/TSV with one judgement per row, through a column mapping. Roles: query-id, query, doc-id, title,
// text, label, split (query-id defaults to a stable id derived from the query text; split to `defaultSplit`).
struct ColumnMapping
{
    std::string queryId, query, docId, title, text, label, split;
    std::string defaultSplit = "test";
    // Parses "doc-id=product_uid,title=product_title,query=search_term,label=relevance".
    static ColumnMapping parse(const std::string& spec);
};
Dataset readMappedCsv(const std::filesystem::path& file, const ColumnMapping& mapping,
                      const ReadOptions& options = {});

// Writes the BEIR layout (corpus.jsonl, queries.jsonl, qrels/<split>.tsv) into `dir` all or nothing
// (OutputFolder): a failure leaves `dir` as it was.
void writeBeir(const Dataset& dataset, const std::filesystem::path& dir);
// The same files into an existing folder (e.g. an OutputFolder's staging folder), each file committed.
void writeBeirFiles(const Dataset& dataset, const std::filesystem::path& dir);

} // namespace near2
