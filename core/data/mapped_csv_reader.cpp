// ColumnMapping and readMappedCsv: one judgement per CSV row, columns named by a mapping.
#include "core/data/csv_table.h"
#include "core/data/dataset_building.h"
#include "core/data/loaders.h"
#include "core/util/error.h"
#include "core/util/trim.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <optional>
#include <unordered_set>

namespace near2 {

namespace {

using RoleField = std::string ColumnMapping::*;
constexpr std::array<std::pair<std::string_view, RoleField>, 7> kRoles = {{
    {"query-id", &ColumnMapping::queryId},
    {"query", &ColumnMapping::query},
    {"doc-id", &ColumnMapping::docId},
    {"title", &ColumnMapping::title},
    {"text", &ColumnMapping::text},
    {"label", &ColumnMapping::label},
    {"split", &ColumnMapping::split},
}};

std::optional<std::size_t> optionalColumn(const CsvTable& table, const std::string& name)
{
    return name.empty() ? std::nullopt : std::optional<std::size_t>(table.column(name));
}

} // namespace

ColumnMapping ColumnMapping::parse(const std::string& spec)
{
    ColumnMapping mapping;
    std::string_view rest = spec;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma + 1);
        if (trimmed(item).empty())
            continue;
        const auto equals = item.find('=');
        const std::string role = trimmed(item.substr(0, equals));
        const std::string column = equals == std::string_view::npos ? "" : trimmed(item.substr(equals + 1));
        if (column.empty())
            throw InputError(fmt::format("column mapping item '{}' must look like role=column", item));
        const auto known =
            std::find_if(kRoles.begin(), kRoles.end(), [&](const auto& r) { return r.first == role; });
        if (known == kRoles.end())
            throw InputError(
                fmt::format("unknown role '{}' in the column mapping (roles: query-id, query, doc-id, "
                            "title, text, label, split)",
                            role));
        mapping.*(known->second) = column;
    }
    for (const auto& [role, field] : {std::pair{"query", mapping.query}, std::pair{"doc-id", mapping.docId},
                                      std::pair{"label", mapping.label}})
        if (field.empty())
            throw InputError(
                fmt::format("the column mapping '{}' names no column for the role '{}'", spec, role));
    return mapping;
}

Dataset readMappedCsv(const std::filesystem::path& file, const ColumnMapping& mapping,
                      const ReadOptions& options)
{
    CsvTable table(file, options.encoding);
    const std::size_t query = table.column(mapping.query);
    const std::size_t docId = table.column(mapping.docId);
    const std::size_t label = table.column(mapping.label);
    const auto queryId = optionalColumn(table, mapping.queryId);
    const auto title = optionalColumn(table, mapping.title);
    const auto text = optionalColumn(table, mapping.text);
    const auto split = optionalColumn(table, mapping.split);

    Dataset dataset;
    dataset.source = file;
    std::unordered_set<std::string> seenProducts, seenQueries;
    CsvRecord row;
    std::string id;
    while (table.next(row)) {
        table.requireValues(row, {query, docId, label});
        id = queryId ? row.fields[*queryId] : stableTextId(row.fields[query]);
        if (queryId)
            table.requireValues(row, {*queryId});
        if (seenQueries.insert(id).second)
            dataset.queries.push_back(Record{id, {}, row.fields[query], {}});
        // Products repeat across rows; the first title and text seen are kept.
        if (seenProducts.insert(row.fields[docId]).second)
            dataset.corpus.push_back(Record{row.fields[docId],
                                            title ? row.fields[*title] : std::string(),
                                            text ? row.fields[*text] : std::string(),
                                            {}});
        const std::string& splitName = split ? row.fields[*split] : mapping.defaultSplit;
        if (split)
            table.requireValues(row, {*split});
        Qrels& qrels = dataset.splits[splitName];
        qrels.file = file;
        qrels.judgements.push_back(
            Judgement{id, std::move(row.fields[docId]), std::move(row.fields[label]), row.line});
    }
    if (dataset.splits.empty())
        throw InputError(file, "no data rows after the header");
    keepOnlySplit(dataset, options.split);
    return dataset;
}

} // namespace near2
