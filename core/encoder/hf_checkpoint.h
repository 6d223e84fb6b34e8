#pragma once
// The weights of a Hugging Face model folder: model.safetensors, or the shards that
// model.safetensors.index.json names ({"weight_map": {tensor: file}}). A folder with only pytorch_model.bin is
// refused (a pickle runs code when loaded) with a message saying how to convert it. Torch-free.
#include "core/encoder/safetensors.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace near2 {

inline constexpr const char* kSafetensorsFileName = "model.safetensors";
inline constexpr const char* kSafetensorsIndexFileName = "model.safetensors.index.json";

// model.safetensors, else model.safetensors.index.json. Throws InputError when the folder has neither (saying how
// to convert pytorch_model.bin where that is all there is).
std::filesystem::path safetensorsWeightsFile(const std::filesystem::path& folder);

class HfCheckpoint
{
public:
    // Throws InputError naming the file at fault (no weights, a shard outside the folder, a bad shard).
    static HfCheckpoint open(const std::filesystem::path& folder);

    // The tensor and the file it is in, or nullptr.
    const SafetensorsTensor* find(const std::string& name) const;
    const std::filesystem::path& fileOf(const std::string& name) const;
    // For messages: the single file, or the index of a sharded checkpoint.
    const std::filesystem::path& describedBy() const { return m_describedBy; }
    std::vector<std::string> names() const;
    const std::vector<SafetensorsFile>& files() const { return m_files; }

private:
    std::filesystem::path m_describedBy;
    std::vector<SafetensorsFile> m_files;
    std::map<std::string, std::size_t> m_fileOf; // tensor name → index into m_files
};

} // namespace near2
