// writeBeir: the BEIR layout, written as one output set (core/util/output_folder.h), so a failure leaves no
// half-written dataset behind.
#include "core/data/loaders.h"
#include "core/data/qrels_tsv.h"
#include "core/util/atomic_file.h"
#include "core/util/error.h"
#include "core/util/output_folder.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace near2 {

namespace {

using Json = nlohmann::ordered_json;

// Attributes go back as JSON strings: Record does not remember which ones were other JSON values.
void writeRecords(const std::vector<Record>& records, bool withTitle, std::ostream& out)
{
    Json object;
    std::string line;
    for (const auto& record : records) {
        object = Json::object();
        object["_id"] = record.id;
        if (withTitle)
            object["title"] = record.title;
        object["text"] = record.text;
        for (const auto& [key, value] : record.attributes)
            object[key] = value;
        line = object.dump(-1, ' ', false, Json::error_handler_t::replace);
        line.push_back('\n');
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
}

} // namespace

void writeBeir(const Dataset& dataset, const std::filesystem::path& dir)
{
    OutputFolder out(dir);
    writeBeirFiles(dataset, out.staging());
    out.commit();
}

void writeBeirFiles(const Dataset& dataset, const std::filesystem::path& dir)
{
    std::error_code error;
    std::filesystem::create_directories(dir / "qrels", error);
    if (error)
        throw InputError(dir, "cannot create the output folder: " + error.message());

    std::vector<std::unique_ptr<AtomicFile>> files;
    files.push_back(std::make_unique<AtomicFile>(dir / "corpus.jsonl", std::ios::out | std::ios::binary));
    writeRecords(dataset.corpus, true, files.back()->stream());
    files.push_back(std::make_unique<AtomicFile>(dir / "queries.jsonl", std::ios::out | std::ios::binary));
    writeRecords(dataset.queries, false, files.back()->stream());
    for (const auto& [name, qrels] : dataset.splits) {
        if (name.empty() || name == "." || name == ".." || name.find_first_of("/\\") != std::string::npos)
            throw InputError(dir, "the split name '" + name + "' cannot be used as a file name");
        const auto path = dir / "qrels" / (name + ".tsv");
        files.push_back(std::make_unique<AtomicFile>(path, std::ios::out | std::ios::binary));
        writeQrelsTsv(qrels, files.back()->stream(), path);
    }
    for (auto& file : files)
        file->commit();
}

} // namespace near2
