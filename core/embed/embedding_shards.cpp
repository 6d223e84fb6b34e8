#include "core/embed/embedding_shards.h"

#include "core/util/atomic_file.h"
#include "core/util/error.h"

#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

namespace near2 {

namespace {

constexpr const char* kFormat = "near2-embedding-shards/1";

std::size_t countField(const nlohmann::json& object, const char* name, const std::filesystem::path& manifest)
{
    const auto it = object.find(name);
    if (it == object.end() || !it->is_number_unsigned())
        throw InputError(manifest, std::string("the manifest needs a non-negative integer \"") + name + "\"");
    return it->get<std::size_t>();
}

} // namespace

bool isShardManifest(const std::filesystem::path& file)
{
    return file.extension() == ".json";
}

std::filesystem::path shardFileFor(const std::filesystem::path& manifest, int rank, int ranks)
{
    return manifest.parent_path() /
           fmt::format("{}.shard-{}-of-{}.npy", manifest.stem().string(), rank, ranks);
}

EmbeddingMatrix readShardManifest(const std::filesystem::path& manifest)
{
    std::ifstream in(manifest, std::ios::binary);
    if (!in)
        throw InputError(manifest, "cannot open the shard manifest");
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& error) {
        throw InputError(manifest, std::string("not a JSON shard manifest: ") + error.what());
    }
    if (!json.is_object() || json.value("format", std::string()) != kFormat)
        throw InputError(manifest,
                         std::string("not a shard manifest: \"format\" must be \"") + kFormat + "\"");
    const std::size_t rows = countField(json, "rows", manifest);
    const std::size_t dim = countField(json, "dim", manifest);
    const auto shards = json.find("shards");
    if (shards == json.end() || !shards->is_array() || shards->empty())
        throw InputError(manifest, "the manifest needs a non-empty \"shards\" list");
    std::vector<EmbeddingMatrix> parts;
    std::size_t total = 0;
    for (const auto& shard : *shards) {
        if (!shard.is_object() || !shard.contains("file") || !shard["file"].is_string())
            throw InputError(manifest, "every shard needs a \"file\"");
        const std::filesystem::path file = manifest.parent_path() / shard["file"].get<std::string>();
        const std::size_t shardRows = countField(shard, "rows", manifest);
        if (file.extension() == ".json")
            throw InputError(manifest, "a shard cannot be another manifest: " + file.string());
        EmbeddingMatrix part = readEmbeddings(file);
        if (part.rows() != shardRows || part.dim() != dim)
            throw InputError(file, fmt::format("has {} rows × {} dims but the manifest {} says {} × {}",
                                               part.rows(), part.dim(), manifest.string(), shardRows, dim));
        if (!parts.empty() && part.elementType() != parts.front().elementType())
            throw InputError(file, "is stored in another element type than the first shard");
        total += shardRows;
        parts.push_back(std::move(part));
    }
    if (total != rows)
        throw InputError(manifest, fmt::format("the shards hold {} rows but \"rows\" says {}", total, rows));
    return EmbeddingMatrix::concatenate(std::move(parts));
}

void writeShardManifest(const std::filesystem::path& manifest, const std::vector<EmbeddingShard>& shards,
                        std::size_t dim)
{
    nlohmann::ordered_json json;
    json["format"] = kFormat;
    std::size_t rows = 0;
    auto list = nlohmann::ordered_json::array();
    for (const auto& shard : shards) {
        list.push_back({{"file", shard.file}, {"rows", shard.rows}});
        rows += shard.rows;
    }
    json["rows"] = rows;
    json["dim"] = dim;
    json["shards"] = std::move(list);
    AtomicFile out(manifest);
    out.stream() << json.dump(2) << '\n';
    out.commit();
}

} // namespace near2
