#include "core/encoder/hf_checkpoint.h"

#include "core/encoder/model_paths.h"
#include "core/util/bounded_read.h"
#include "core/util/error.h"

#include <nlohmann/json.hpp>

namespace near2 {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuseWithoutSafetensors(const fs::path& folder)
{
    std::error_code error;
    if (fs::exists(folder / "pytorch_model.bin", error) || fs::exists(folder / "pytorch_model.bin.index.json", error))
        throw InputError(folder / "pytorch_model.bin",
                         "only PyTorch pickle weights: they run code when loaded, so the workbench reads "
                         "safetensors only. Convert once where Python and transformers are installed: "
                         "AutoModel.from_pretrained(DIR).save_pretrained(DIR, safe_serialization=True)");
    throw InputError(folder, std::string("no ") + kSafetensorsFileName + " or " + kSafetensorsIndexFileName);
}

std::map<std::string, std::string> readWeightMap(const fs::path& index)
{
    const std::string text = readFileBounded(index, kMaxConfigFileBytes, "the checkpoint index");
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(index, std::string("not valid JSON: ") + e.what());
    }
    if (!root.is_object() || !root.contains("weight_map") || !root["weight_map"].is_object())
        throw InputError(index, "weight_map", "expected an object of tensor name → shard file");
    std::map<std::string, std::string> weightMap;
    for (const auto& [name, file] : root["weight_map"].items()) {
        if (!file.is_string())
            throw InputError(index, "weight_map." + name, "expected a file name");
        weightMap.emplace(name, file.get<std::string>());
    }
    return weightMap;
}

} // namespace

fs::path safetensorsWeightsFile(const fs::path& folder)
{
    std::error_code error;
    if (fs::exists(folder / kSafetensorsFileName, error))
        return folder / kSafetensorsFileName;
    if (fs::exists(folder / kSafetensorsIndexFileName, error))
        return folder / kSafetensorsIndexFileName;
    refuseWithoutSafetensors(folder);
}

HfCheckpoint HfCheckpoint::open(const fs::path& folder)
{
    HfCheckpoint checkpoint;
    checkpoint.m_describedBy = safetensorsWeightsFile(folder);
    if (checkpoint.m_describedBy.filename() == kSafetensorsFileName) {
        checkpoint.m_files.push_back(SafetensorsFile::open(checkpoint.m_describedBy));
    } else {
        std::map<std::string, std::size_t> shardIndex;
        for (const auto& [name, shard] : readWeightMap(checkpoint.m_describedBy)) {
            if (!shardIndex.contains(shard)) {
                const fs::path file =
                    resolveInsideFolder(folder, shard, checkpoint.m_describedBy, "weight_map." + name);
                shardIndex.emplace(shard, checkpoint.m_files.size());
                checkpoint.m_files.push_back(SafetensorsFile::open(file));
            }
            const std::size_t index = shardIndex.at(shard);
            if (!checkpoint.m_files[index].find(name))
                throw InputError(checkpoint.m_describedBy, "weight_map." + name,
                                 "the shard " + shard + " has no such tensor");
            checkpoint.m_fileOf.emplace(name, index);
        }
        return checkpoint;
    }
    for (const auto& [name, tensor] : checkpoint.m_files.front().tensors())
        checkpoint.m_fileOf.emplace(name, 0);
    return checkpoint;
}

const SafetensorsTensor* HfCheckpoint::find(const std::string& name) const
{
    const auto it = m_fileOf.find(name);
    return it == m_fileOf.end() ? nullptr : m_files[it->second].find(name);
}

const fs::path& HfCheckpoint::fileOf(const std::string& name) const
{
    const auto it = m_fileOf.find(name);
    return it == m_fileOf.end() ? m_describedBy : m_files[it->second].path();
}

std::vector<std::string> HfCheckpoint::names() const
{
    std::vector<std::string> result;
    for (const auto& [name, index] : m_fileOf)
        result.push_back(name);
    return result;
}

} // namespace near2
