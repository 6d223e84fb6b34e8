#include "core/session/dataset_files.h"

#include "core/data/loaders.h"
#include "core/encoder/content_hash.h"
#include "core/util/error.h"

#include <filesystem>

namespace near2::session {

Dataset loadDataset(const DatasetSource& source)
{
    if (source.paths.empty())
        throw InputError("the project names no dataset");
    const MappingSpec spec = splitMappingSpec(source.columnMapping);
    ReadOptions options;
    options.encoding = spec.encoding;
    if (source.format == "beir" || source.format == "demo") {
        options.split = source.split;
        return readBeir(source.paths[0], options);
    }
    if (source.format == "esci") {
        if (source.paths.size() != 2)
            throw InputError("an ESCI dataset needs two files: the examples and the products");
        return readEsci(source.paths[0], source.paths[1], options);
    }
    if (source.format == "csv")
        return readMappedCsv(source.paths[0], ColumnMapping::parse(spec.roles), options);
    throw InputError("unknown dataset format '" + source.format + "'");
}

MappingSpec splitMappingSpec(const std::string& spec)
{
    MappingSpec out;
    std::size_t start = 0;
    while (start <= spec.size()) {
        const auto comma = std::min(spec.find(',', start), spec.size());
        const std::string item = spec.substr(start, comma - start);
        if (item.rfind("encoding=", 0) == 0)
            out.encoding = item.substr(9);
        else if (!item.empty())
            out.roles += (out.roles.empty() ? "" : ",") + item;
        start = comma + 1;
    }
    return out;
}

std::string joinMappingSpec(const MappingSpec& spec)
{
    if (spec.encoding.empty() || spec.encoding == "UTF-8")
        return spec.roles;
    return spec.roles + (spec.roles.empty() ? "" : ",") + "encoding=" + spec.encoding;
}

std::vector<std::size_t> missingDatasetPaths(const DatasetSource& source)
{
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < source.paths.size(); ++i)
        if (!std::filesystem::exists(source.paths[i]))
            missing.push_back(i);
    return missing;
}

std::string beirContentHash(const std::string& folder, const std::string& split)
{
    const std::filesystem::path root = folder;
    ContentHasher hasher;
    for (const auto& file :
         {root / "corpus.jsonl", root / "queries.jsonl", root / "qrels" / (split + ".tsv")}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(file, error))
            hasher.updateFile(file);
    }
    return hasher.hex();
}

} // namespace near2::session
