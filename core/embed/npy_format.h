#pragma once
// The parts of NumPy's .npy format (versions 1–3) that embeddings need: a 2-D little-endian array.
#include <cstddef>
#include <filesystem>
#include <string>

namespace near2 {

struct NpyHeader
{
    std::string descr; // "<f4", "<f2", ...
    bool fortranOrder = false;
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::size_t dataOffset = 0; // bytes from the start of the file
};

// Parses the header at the start of `bytes`; throws InputError naming `file` when it is not a 2-D array.
NpyHeader parseNpyHeader(const std::byte* bytes, std::size_t size, const std::filesystem::path& file);

// A version 1.0 header for a C-order float32 matrix, padded to 64 bytes as NumPy does.
std::string makeNpyHeader(std::size_t rows, std::size_t cols);

} // namespace near2
