#pragma once
// Reading a small file whole, with a size bound: for the files of a model (manifests, configs, tokenizers),
// where a symlink to /dev/zero, a FIFO or a gigabyte of JSON must be an error, not a hang or an exhausted
// memory.
#include <cstdint>
#include <filesystem>
#include <string>

namespace near2 {

inline constexpr std::uint64_t kMaxConfigFileBytes = 16ull << 20;    // JSON configs and manifests
inline constexpr std::uint64_t kMaxTokenizerFileBytes = 256ull << 20; // vocab.txt, tokenizer.json

// The bytes of `file`. Throws InputError naming it (with `what`, e.g. "the model manifest") when it is absent,
// not a regular file, unreadable, or larger than `maxBytes`.
std::string readFileBounded(const std::filesystem::path& file, std::uint64_t maxBytes, const std::string& what);

// The size of a regular file; throws InputError naming it (with `what`) when it is absent or not a regular file
// (a device, FIFO or folder).
std::uint64_t regularFileSize(const std::filesystem::path& file, const std::string& what);

} // namespace near2
