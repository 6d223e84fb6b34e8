// readBeir: corpus.jsonl, queries.jsonl and qrels/<split>.tsv.
#include "core/data/dataset_building.h"
#include "core/data/jsonl_reader.h"
#include "core/data/loaders.h"
#include "core/data/qrels_tsv.h"
#include "core/data/text_file_view.h"
#include "core/util/error.h"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace near2 {

namespace {

using Json = nlohmann::ordered_json;

// Ids are strings, but some datasets write them as JSON numbers: keep their decimal text.
std::string idText(const Json& value, const std::filesystem::path& file, std::size_t line)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number())
        return value.dump();
    throw InputError(file, line,
                     fmt::format("'_id' must be a string or a number, found {}", value.type_name()));
}

std::string stringField(Json& value, const std::string& name, const std::filesystem::path& file,
                        std::size_t line)
{
    if (value.is_null())
        return {};
    if (!value.is_string())
        throw InputError(file, line, fmt::format("'{}' must be a string, found {}", name, value.type_name()));
    return std::move(value.get_ref<std::string&>());
}

Record recordFrom(Json& object, bool hasTitle, const std::filesystem::path& file, std::size_t line)
{
    const auto id = object.find("_id");
    if (id == object.end())
        throw InputError(file, line, "the record has no '_id'");
    Record record;
    record.id = idText(*id, file, line);
    for (auto& [key, value] : object.items()) {
        if (key == "_id")
            continue;
        if (key == "text")
            record.text = stringField(value, key, file, line);
        else if (hasTitle && key == "title")
            record.title = stringField(value, key, file, line);
        else
            record.attributes.emplace_back(key, value.is_string() ? std::move(value.get_ref<std::string&>())
                                                                  : value.dump());
    }
    return record;
}

std::vector<Record> readRecords(const std::filesystem::path& file, bool hasTitle, const std::string& encoding)
{
    const TextFileView view(file, encoding);
    const std::string_view text = view.text();
    const auto lineCount = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    std::vector<Record> records;
    records.reserve(lineCount);
    FirstSeenLines seen;
    seen.reserve(lineCount);
    JsonlReader reader(text, file);
    Json object;
    std::size_t line = 0;
    while (reader.next(object, line)) {
        records.push_back(recordFrom(object, hasTitle, file, line));
        seen.add(records.back().id, line, file, "_id");
    }
    if (records.empty())
        throw InputError(file, "the file is empty; expected one JSON object per line");
    return records;
}

std::vector<std::string> availableSplits(const std::filesystem::path& qrelsDir)
{
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(qrelsDir, error))
        if (entry.is_regular_file() && entry.path().extension() == ".tsv")
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

Dataset readBeir(const std::filesystem::path& dir, const ReadOptions& options)
{
    if (!std::filesystem::is_directory(dir))
        throw InputError(dir, "not a folder (expected corpus.jsonl, queries.jsonl and qrels/ inside)");
    Dataset dataset;
    dataset.source = dir;
    dataset.corpus = readRecords(dir / "corpus.jsonl", true, options.encoding);
    dataset.queries = readRecords(dir / "queries.jsonl", false, options.encoding);

    const auto qrelsDir = dir / "qrels";
    const auto names = availableSplits(qrelsDir);
    if (options.split) {
        if (std::find(names.begin(), names.end(), *options.split) == names.end())
            throw InputError(qrelsDir / (*options.split + ".tsv"),
                             fmt::format("no qrels split '{}' (available: {})", *options.split,
                                         names.empty() ? "none" : fmt::format("{}", fmt::join(names, ", "))));
        dataset.splits.emplace(*options.split,
                               readQrelsTsv(qrelsDir / (*options.split + ".tsv"), options.encoding));
        return dataset;
    }
    if (names.empty())
        throw InputError(qrelsDir, "no qrels files (expected qrels/<split>.tsv, e.g. qrels/test.tsv)");
    for (const auto& name : names)
        dataset.splits.emplace(name, readQrelsTsv(qrelsDir / (name + ".tsv"), options.encoding));
    return dataset;
}

} // namespace near2
