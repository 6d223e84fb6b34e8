#pragma once
// Packs numeric vectors into BLOBs (host byte order, which is little-endian on every supported machine) and
// back. Unpacking checks that the byte count is a multiple of the element size.
#include <cstddef>
#include <cstring>
#include <span>
#include <stdexcept>
#include <vector>

namespace near2::store {

template <typename T> std::span<const std::byte> asBytes(const std::vector<T>& values)
{
    return std::as_bytes(std::span<const T>(values));
}

template <typename T> std::vector<T> unpack(const std::vector<std::byte>& bytes)
{
    if (bytes.size() % sizeof(T) != 0)
        throw std::runtime_error("a stored array has a truncated element");
    std::vector<T> values(bytes.size() / sizeof(T));
    if (!values.empty())
        std::memcpy(values.data(), bytes.data(), bytes.size());
    return values;
}

} // namespace near2::store
