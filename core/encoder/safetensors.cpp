#include "core/encoder/safetensors.h"

#include "core/embed/mapped_file.h"
#include "core/util/atomic_file.h"
#include "core/util/bounded_read.h"
#include "core/util/error.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>

namespace near2 {

namespace {

using nlohmann::json;

// Bytes per element of every dtype the format defines (0: unknown).
std::uint64_t dtypeBytes(const std::string& name)
{
    static const std::map<std::string, std::uint64_t, std::less<>> sizes = {
        {"BOOL", 1}, {"U8", 1},  {"I8", 1},  {"F8_E5M2", 1}, {"F8_E4M3", 1}, {"I16", 2}, {"U16", 2},
        {"F16", 2},  {"BF16", 2}, {"I32", 4}, {"U32", 4},     {"F32", 4},     {"F64", 8}, {"I64", 8},
        {"U64", 8}};
    const auto it = sizes.find(name);
    return it == sizes.end() ? 0 : it->second;
}

TensorDtype dtypeOf(const std::string& name)
{
    if (name == "F32")
        return TensorDtype::F32;
    if (name == "F16")
        return TensorDtype::F16;
    if (name == "BF16")
        return TensorDtype::BF16;
    return TensorDtype::Other;
}

std::uint64_t offsetValue(const json& value, const std::filesystem::path& file, const std::string& field)
{
    if (!value.is_number_unsigned())
        throw InputError(file, field, "data_offsets must be two non-negative integers");
    return value.get<std::uint64_t>();
}

SafetensorsTensor parseTensor(const json& entry, std::uint64_t dataBytes, const std::filesystem::path& file,
                              const std::string& name)
{
    if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape") ||
        !entry.contains("data_offsets"))
        throw InputError(file, name, "expected an object with dtype, shape and data_offsets");
    SafetensorsTensor tensor;
    if (!entry["dtype"].is_string())
        throw InputError(file, name, "dtype must be a string");
    tensor.dtypeName = entry["dtype"].get<std::string>();
    const std::uint64_t itemBytes = dtypeBytes(tensor.dtypeName);
    if (itemBytes == 0)
        throw InputError(file, name, "unknown dtype '" + tensor.dtypeName + "'");
    tensor.dtype = dtypeOf(tensor.dtypeName);
    const json& shape = entry["shape"];
    if (!shape.is_array() || shape.size() > 8)
        throw InputError(file, name, "shape must be an array of at most 8 sizes");
    std::uint64_t elements = 1;
    for (const json& size : shape) {
        if (!size.is_number_unsigned() || size.get<std::uint64_t>() > (1ull << 40))
            throw InputError(file, name, "shape sizes must be non-negative integers below 2^40");
        const std::uint64_t n = size.get<std::uint64_t>();
        if (n != 0 && elements > std::numeric_limits<std::uint64_t>::max() / n)
            throw InputError(file, name, "shape too large");
        elements *= n;
        tensor.shape.push_back(static_cast<std::int64_t>(n));
    }
    const json& offsets = entry["data_offsets"];
    if (!offsets.is_array() || offsets.size() != 2)
        throw InputError(file, name, "data_offsets must be two non-negative integers");
    tensor.begin = offsetValue(offsets[0], file, name);
    tensor.end = offsetValue(offsets[1], file, name);
    if (tensor.begin > tensor.end || tensor.end > dataBytes)
        throw InputError(file, name,
                         "data_offsets [" + std::to_string(tensor.begin) + ", " + std::to_string(tensor.end) +
                             "] lie outside the " + std::to_string(dataBytes) +
                             " bytes of tensor data (a truncated file?)");
    if (elements > std::numeric_limits<std::uint64_t>::max() / itemBytes ||
        elements * itemBytes != tensor.end - tensor.begin)
        throw InputError(file, name, "data_offsets span " + std::to_string(tensor.end - tensor.begin) +
                                         " bytes but the shape and dtype need " +
                                         std::to_string(elements * itemBytes));
    return tensor;
}

} // namespace

std::int64_t SafetensorsTensor::elements() const
{
    std::int64_t n = 1;
    for (const std::int64_t size : shape)
        n *= size;
    return n;
}

std::map<std::string, SafetensorsTensor> parseSafetensorsHeader(std::string_view text, std::uint64_t dataBytes,
                                                                const std::filesystem::path& file)
{
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        throw InputError(file, std::string("the safetensors header is not valid JSON: ") + e.what());
    }
    if (!root.is_object())
        throw InputError(file, "the safetensors header is not a JSON object");
    std::map<std::string, SafetensorsTensor> tensors;
    for (const auto& [name, entry] : root.items()) {
        if (name == "__metadata__")
            continue;
        tensors.emplace(name, parseTensor(entry, dataBytes, file, name));
    }
    std::vector<const std::pair<const std::string, SafetensorsTensor>*> byOffset;
    for (const auto& item : tensors)
        byOffset.push_back(&item);
    std::sort(byOffset.begin(), byOffset.end(),
              [](const auto* a, const auto* b) { return a->second.begin < b->second.begin; });
    for (std::size_t i = 1; i < byOffset.size(); ++i)
        if (byOffset[i]->second.begin < byOffset[i - 1]->second.end)
            throw InputError(file, byOffset[i]->first, "overlaps tensor '" + byOffset[i - 1]->first + "'");
    return tensors;
}

SafetensorsFile SafetensorsFile::open(const std::filesystem::path& file)
{
    const std::uint64_t size = regularFileSize(file, "the safetensors file");
    if (size < 8)
        throw InputError(file, "not a safetensors file (shorter than its 8-byte header length)");
    SafetensorsFile result;
    result.m_path = file;
    result.m_mapping = MappedFile::open(file);
    if (result.m_mapping->size() != size)
        throw InputError(file, "the file changed while it was opened");
    const std::byte* bytes = result.m_mapping->data();
    std::uint64_t headerBytes = 0;
    for (int i = 7; i >= 0; --i)
        headerBytes = (headerBytes << 8) | static_cast<std::uint64_t>(bytes[i]);
    if (headerBytes > kMaxSafetensorsHeaderBytes || headerBytes > size - 8)
        throw InputError(file, "not a safetensors file, or truncated: its header claims " +
                                   std::to_string(headerBytes) + " bytes of " + std::to_string(size - 8));
    const std::string_view header(reinterpret_cast<const char*>(bytes + 8), static_cast<std::size_t>(headerBytes));
    result.m_tensors = parseSafetensorsHeader(header, size - 8 - headerBytes, file);
    for (auto& [name, tensor] : result.m_tensors)
        tensor.data = bytes + 8 + headerBytes + tensor.begin;
    return result;
}

const SafetensorsTensor* SafetensorsFile::find(const std::string& name) const
{
    const auto it = m_tensors.find(name);
    return it == m_tensors.end() ? nullptr : &it->second;
}

std::span<const std::byte> SafetensorsFile::bytes() const
{
    return {m_mapping->data(), m_mapping->size()};
}

void writeSafetensors(const std::filesystem::path& file, const std::map<std::string, TensorBytes>& tensors,
                      const std::map<std::string, std::string>& metadata)
{
    json header = json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::uint64_t offset = 0;
    for (const auto& [name, tensor] : tensors) {
        std::uint64_t elements = 1;
        for (const std::int64_t size : tensor.shape)
            elements *= static_cast<std::uint64_t>(size);
        if (elements * dtypeBytes(tensor.dtype) != tensor.bytes.size() || dtypeBytes(tensor.dtype) == 0)
            throw InputError(file, name, "the bytes do not match the shape and dtype " + tensor.dtype);
        header[name] = {{"dtype", tensor.dtype},
                        {"shape", tensor.shape},
                        {"data_offsets", {offset, offset + tensor.bytes.size()}}};
        offset += tensor.bytes.size();
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' ');
    AtomicFile out(file, std::ios::out | std::ios::binary);
    char length[8];
    for (int i = 0; i < 8; ++i)
        length[i] = static_cast<char>((static_cast<std::uint64_t>(text.size()) >> (8 * i)) & 0xFF);
    out.stream().write(length, 8);
    out.stream().write(text.data(), static_cast<std::streamsize>(text.size()));
    for (const auto& [name, tensor] : tensors)
        out.stream().write(reinterpret_cast<const char*>(tensor.bytes.data()),
                           static_cast<std::streamsize>(tensor.bytes.size()));
    out.commit();
}

} // namespace near2
