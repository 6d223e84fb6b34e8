#include "core/embed/npy_format.h"

#include <cstdint>
#include <cstring>
#include <regex>

#include "core/util/error.h"

namespace near2 {

namespace {
constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicSize = 6;

std::string headerField(const std::string& header, const std::string& key, const std::filesystem::path& file)
{
    const std::regex pattern("'" + key + "'\\s*:\\s*(\\([^)]*\\)|[^,}]+)");
    std::smatch match;
    if (!std::regex_search(header, match, pattern))
        throw InputError(file, "not a valid .npy file: header has no '" + key + "'");
    return match[1].str();
}
} // namespace

NpyHeader parseNpyHeader(const std::byte* bytes, std::size_t size, const std::filesystem::path& file)
{
    if (size < kMagicSize + 4 || std::memcmp(bytes, kMagic, kMagicSize) != 0)
        throw InputError(file, "not a .npy file (bad magic bytes)");
    const auto major = static_cast<unsigned>(bytes[6]);
    std::size_t headerLength = 0;
    std::size_t prefix = 0;
    if (major == 1) {
        headerLength = static_cast<std::size_t>(bytes[8]) | (static_cast<std::size_t>(bytes[9]) << 8);
        prefix = 10;
    } else if (major == 2 || major == 3) {
        if (size < 12)
            throw InputError(file, "truncated .npy header");
        for (int i = 3; i >= 0; --i)
            headerLength = (headerLength << 8) | static_cast<std::size_t>(bytes[8 + i]);
        prefix = 12;
    } else {
        throw InputError(file, "unsupported .npy version " + std::to_string(major));
    }
    if (prefix + headerLength > size)
        throw InputError(file, "truncated .npy header");
    const std::string header(reinterpret_cast<const char*>(bytes + prefix), headerLength);

    NpyHeader result;
    result.dataOffset = prefix + headerLength;
    std::string descr = headerField(header, "descr", file);
    std::erase_if(descr, [](char c) { return c == '\'' || c == '"' || c == ' '; });
    result.descr = descr;
    result.fortranOrder = headerField(header, "fortran_order", file).find("True") != std::string::npos;

    const std::string shape = headerField(header, "shape", file);
    std::vector<std::size_t> extents;
    const std::regex number("\\d+");
    for (auto it = std::sregex_iterator(shape.begin(), shape.end(), number); it != std::sregex_iterator(); ++it)
        extents.push_back(std::stoull(it->str()));
    if (extents.size() != 2)
        throw InputError(file, std::string("shape"),
                         "expected a 2-D array (rows × dims), got " + std::to_string(extents.size()) + " dimensions");
    result.rows = extents[0];
    result.cols = extents[1];
    return result;
}

std::string makeNpyHeader(std::size_t rows, std::size_t cols)
{
    std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + std::to_string(rows) + ", " +
                       std::to_string(cols) + "), }";
    const std::size_t unpadded = 10 + dict.size() + 1;
    dict.append((64 - unpadded % 64) % 64, ' ');
    dict.push_back('\n');
    std::string header(kMagic, kMagicSize);
    header.push_back('\x01');
    header.push_back('\x00');
    header.push_back(static_cast<char>(dict.size() & 0xff));
    header.push_back(static_cast<char>(dict.size() >> 8));
    return header + dict;
}

float halfToFloat(std::uint16_t half)
{
    const std::uint32_t sign = static_cast<std::uint32_t>(half & 0x8000u) << 16;
    std::uint32_t exponent = (half >> 10) & 0x1fu;
    std::uint32_t mantissa = half & 0x3ffu;
    std::uint32_t bits = 0;
    if (exponent == 0x1f) {
        bits = sign | 0x7f800000u | (mantissa << 13);
    } else if (exponent != 0) {
        bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
    } else if (mantissa != 0) {
        exponent = 113;
        while ((mantissa & 0x400u) == 0) {
            mantissa <<= 1;
            --exponent;
        }
        bits = sign | (exponent << 23) | ((mantissa & 0x3ffu) << 13);
    } else {
        bits = sign;
    }
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace near2
