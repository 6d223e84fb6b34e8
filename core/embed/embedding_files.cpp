#include <cstdint>
#include <cstring>

#include "core/embed/embedding_matrix.h"
#include "core/embed/mapped_file.h"
#include "core/embed/npy_format.h"
#include "core/util/atomic_file.h"
#include "core/util/error.h"

namespace near2 {

namespace {
bool hasExtension(const std::filesystem::path& file, const char* extension)
{
    return file.extension() == extension;
}
} // namespace

EmbeddingMatrix readNpy(const std::filesystem::path& file)
{
    const auto mapping = MappedFile::open(file);
    const NpyHeader header = parseNpyHeader(mapping->data(), mapping->size(), file);
    if (header.fortranOrder)
        throw InputError(file, std::string("fortran_order"), "Fortran-order arrays are not supported; save with C order");
    std::size_t elementSize = 0;
    if (header.descr == "<f4" || header.descr == "=f4" || header.descr == "|f4")
        elementSize = 4;
    else if (header.descr == "<f2" || header.descr == "=f2" || header.descr == "|f2")
        elementSize = 2;
    else
        throw InputError(file, std::string("descr"),
                         "dtype '" + header.descr + "' is not supported; use float32 or float16");
    if (header.cols == 0)
        throw InputError(file, std::string("shape"), "embeddings have zero dimensions");
    const std::size_t expected = header.dataOffset + header.rows * header.cols * elementSize;
    if (mapping->size() < expected)
        throw InputError(file, "truncated: shape (" + std::to_string(header.rows) + ", " +
                                   std::to_string(header.cols) + ") needs " + std::to_string(expected) +
                                   " bytes, the file has " + std::to_string(mapping->size()));
    const std::byte* payload = mapping->data() + header.dataOffset;
    if (elementSize == 4 && header.dataOffset % alignof(float) == 0)
        return EmbeddingMatrix(mapping, reinterpret_cast<const float*>(payload), header.rows, header.cols);

    std::vector<float> values(header.rows * header.cols);
    if (elementSize == 4) {
        std::memcpy(values.data(), payload, values.size() * sizeof(float));
    } else {
        for (std::size_t i = 0; i < values.size(); ++i) {
            std::uint16_t half;
            std::memcpy(&half, payload + 2 * i, sizeof half);
            values[i] = halfToFloat(half);
        }
    }
    return EmbeddingMatrix(std::move(values), header.rows, header.cols);
}

EmbeddingMatrix readFvecs(const std::filesystem::path& file)
{
    const auto mapping = MappedFile::open(file);
    if (mapping->size() < 4)
        throw InputError(file, "empty or truncated .fvecs file");
    std::int32_t dim = 0;
    std::memcpy(&dim, mapping->data(), sizeof dim);
    if (dim <= 0 || dim > (1 << 20))
        throw InputError(file, "not a .fvecs file: first row declares " + std::to_string(dim) + " dimensions");
    const std::size_t rowBytes = 4 * (static_cast<std::size_t>(dim) + 1);
    if (mapping->size() % rowBytes != 0)
        throw InputError(file, "truncated: size is not a multiple of a " + std::to_string(dim) + "-dim row");
    const std::size_t rows = mapping->size() / rowBytes;
    std::vector<float> values(rows * static_cast<std::size_t>(dim));
    for (std::size_t r = 0; r < rows; ++r) {
        const std::byte* row = mapping->data() + r * rowBytes;
        std::int32_t rowDim = 0;
        std::memcpy(&rowDim, row, sizeof rowDim);
        if (rowDim != dim)
            throw InputError(file, "row " + std::to_string(r + 1) + " declares " + std::to_string(rowDim) +
                                       " dimensions, the first row " + std::to_string(dim));
        std::memcpy(values.data() + r * static_cast<std::size_t>(dim), row + 4, static_cast<std::size_t>(dim) * 4);
    }
    return EmbeddingMatrix(std::move(values), rows, static_cast<std::size_t>(dim));
}

EmbeddingMatrix readEmbeddings(const std::filesystem::path& file)
{
    if (hasExtension(file, ".fvecs"))
        return readFvecs(file);
    if (hasExtension(file, ".npy"))
        return readNpy(file);
    throw InputError(file, "unknown embedding format: expected a .npy or .fvecs file");
}

void writeEmbeddings(const std::filesystem::path& file, const EmbeddingMatrix& matrix)
{
    AtomicFile out(file, std::ios::binary);
    if (hasExtension(file, ".fvecs")) {
        const auto dim = static_cast<std::int32_t>(matrix.dim());
        for (std::size_t r = 0; r < matrix.rows(); ++r) {
            out.stream().write(reinterpret_cast<const char*>(&dim), sizeof dim);
            out.stream().write(reinterpret_cast<const char*>(matrix.row(r).data()),
                               static_cast<std::streamsize>(matrix.dim() * sizeof(float)));
        }
    } else {
        out.stream() << makeNpyHeader(matrix.rows(), matrix.dim());
        out.stream().write(reinterpret_cast<const char*>(matrix.data()),
                           static_cast<std::streamsize>(matrix.rows() * matrix.dim() * sizeof(float)));
    }
    out.commit();
}

} // namespace near2
