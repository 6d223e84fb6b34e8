#include "core/embed/npy_format.h"

#include "core/util/error.h"

#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

namespace near2 {

namespace {
constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicSize = 6;
constexpr std::uint64_t kMaxExtent = std::uint64_t{1} << 63;

// The value of 'key' in the header's Python dict literal: a parenthesised tuple, or text up to ',' or '}'.
std::string headerField(const std::string& header, const std::string& key, const std::filesystem::path& file)
{
    const std::size_t keyAt = header.find("'" + key + "'");
    const std::size_t colon = keyAt == std::string::npos ? keyAt : header.find(':', keyAt);
    if (colon == std::string::npos)
        throw InputError(file, "not a valid .npy file: header has no '" + key + "'");
    std::size_t start = header.find_first_not_of(" \t", colon + 1);
    if (start == std::string::npos)
        throw InputError(file, "not a valid .npy file: header has no value for '" + key + "'");
    const std::size_t end =
        header[start] == '(' ? header.find(')', start) + 1 : header.find_first_of(",}", start);
    if (end == std::string::npos || end == 0)
        throw InputError(file, "not a valid .npy file: unterminated value for '" + key + "'");
    return header.substr(start, end - start);
}

// The extents of a shape tuple such as "(200, 768)": each a decimal number (NumPy's Python 2 files may add an
// 'L'); a sign, any other character or a number beyond 2^63 is an error, never wrapped or skipped.
std::vector<std::size_t> shapeExtents(const std::string& shape, const std::filesystem::path& file)
{
    const auto invalid = [&](const std::string& why) {
        return InputError(file, std::string("shape"), "invalid shape " + shape + ": " + why);
    };
    if (shape.size() < 2 || shape.front() != '(' || shape.back() != ')')
        throw invalid("expected a tuple such as (rows, dims)");
    std::vector<std::size_t> extents;
    std::size_t at = 1;
    const std::size_t end = shape.size() - 1;
    const auto skipSpaces = [&] {
        while (at < end && shape[at] == ' ')
            ++at;
    };
    while (true) {
        skipSpaces();
        if (at == end)
            break;
        if (!std::isdigit(static_cast<unsigned char>(shape[at])))
            throw invalid("'" + std::string(1, shape[at]) +
                          "' where a non-negative whole number was expected");
        std::uint64_t value = 0;
        for (; at < end && std::isdigit(static_cast<unsigned char>(shape[at])); ++at) {
            const auto digit = static_cast<std::uint64_t>(shape[at] - '0');
            if (value > (kMaxExtent - digit) / 10)
                throw invalid("a number beyond 2^63");
            value = value * 10 + digit;
        }
        if (at < end && shape[at] == 'L')
            ++at;
        extents.push_back(static_cast<std::size_t>(value));
        skipSpaces();
        if (at == end)
            break;
        if (shape[at] != ',')
            throw invalid("'" + std::string(1, shape[at]) + "' where ',' or ')' was expected");
        ++at;
    }
    return extents;
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

    const std::vector<std::size_t> extents = shapeExtents(headerField(header, "shape", file), file);
    if (extents.size() != 2)
        throw InputError(file, std::string("shape"),
                         "expected a 2-D array (rows × dims), got " + std::to_string(extents.size()) +
                             " dimensions");
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

} // namespace near2
