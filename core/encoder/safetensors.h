#pragma once
// The safetensors format (Hugging Face): an 8-byte little-endian header length N, N bytes of JSON
// ({"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}), then the tensors' bytes,
// offsets relative to the end of the header. Read memory-mapped; nothing is executed. Torch-free.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

class MappedFile;

enum class TensorDtype { F32, F16, BF16, Other };

struct SafetensorsTensor
{
    std::string dtypeName; // as in the file: "F32", "BF16", "I64", …
    TensorDtype dtype = TensorDtype::Other;
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0, end = 0; // byte offsets into the data section
    const std::byte* data = nullptr;  // set once the file is mapped

    std::int64_t elements() const;
};

inline constexpr std::uint64_t kMaxSafetensorsHeaderBytes = 100ull << 20; // the format's own limit

// Parses and checks a header against a data section of `dataBytes` bytes: known dtypes, non-negative shapes,
// offsets inside the data and matching shape × dtype size, no two tensors overlapping. Throws InputError
// naming `file` and the tensor (the field) at fault.
std::map<std::string, SafetensorsTensor> parseSafetensorsHeader(std::string_view json, std::uint64_t dataBytes,
                                                                const std::filesystem::path& file);

class SafetensorsFile
{
public:
    // Maps the file and checks its header. Throws InputError naming the file (truncated, not safetensors, …).
    static SafetensorsFile open(const std::filesystem::path& file);

    const std::filesystem::path& path() const { return m_path; }
    const std::map<std::string, SafetensorsTensor>& tensors() const { return m_tensors; }
    const SafetensorsTensor* find(const std::string& name) const;
    // The whole file, as mapped.
    std::span<const std::byte> bytes() const;

private:
    std::filesystem::path m_path;
    std::shared_ptr<const MappedFile> m_mapping;
    std::map<std::string, SafetensorsTensor> m_tensors;
};

// A tensor to write: its dtype name ("F32", or any the format knows when copied from another file), shape and
// little-endian bytes (row-major).
struct TensorBytes
{
    std::string dtype = "F32";
    std::vector<std::int64_t> shape;
    std::span<const std::byte> bytes;
};

// Writes tensors (names sorted, the header padded with spaces to a multiple of 8 bytes) under a temporary name
// renamed at the end. Throws InputError naming the file when it cannot be written or a size disagrees with a
// shape.
void writeSafetensors(const std::filesystem::path& file, const std::map<std::string, TensorBytes>& tensors,
                      const std::map<std::string, std::string>& metadata = {});

} // namespace near2
