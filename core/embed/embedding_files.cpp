#include "core/embed/embedding_matrix.h"
#include "core/embed/embedding_shards.h"
#include "core/embed/mapped_file.h"
#include "core/embed/npy_format.h"
#include "core/util/atomic_file.h"
#include "core/util/error.h"

#include <cstdint>
#include <cstring>

namespace near2 {

namespace {
bool hasExtension(const std::filesystem::path& file, const char* extension)
{
    return file.extension() == extension;
}

ElementType npyElementType(const NpyHeader& header, const std::filesystem::path& file)
{
    for (const char* order : {"<", "=", "|"}) {
        if (header.descr == std::string(order) + "f4")
            return ElementType::Float32;
        if (header.descr == std::string(order) + "f2")
            return ElementType::Float16;
    }
    throw InputError(file, std::string("descr"),
                     "dtype '" + header.descr + "' is not supported; use float32 or float16");
}

// rows × cols × element bytes, or nothing when it does not fit in 64 bits.
bool payloadBytes(std::size_t rows, std::size_t cols, std::size_t element, std::size_t& bytes)
{
    std::size_t values = 0;
    return !__builtin_mul_overflow(rows, cols, &values) && !__builtin_mul_overflow(values, element, &bytes);
}
} // namespace

EmbeddingMatrix readNpy(const std::filesystem::path& file)
{
    const auto mapping = MappedFile::open(file);
    const NpyHeader header = parseNpyHeader(mapping->data(), mapping->size(), file);
    if (header.fortranOrder)
        throw InputError(file, std::string("fortran_order"),
                         "Fortran-order arrays are not supported; save with C order");
    const ElementType type = npyElementType(header, file);
    if (header.cols == 0)
        throw InputError(file, std::string("shape"), "embeddings have zero dimensions");
    const std::string shape = "(" + std::to_string(header.rows) + ", " + std::to_string(header.cols) + ")";
    std::size_t bytes = 0;
    if (!payloadBytes(header.rows, header.cols, elementBytes(type), bytes) || bytes > mapping->size() ||
        header.dataOffset > mapping->size() - bytes)
        throw InputError(file,
                         "truncated: shape " + shape + " of " + elementName(type) + " needs " +
                             (bytes > 0 ? std::to_string(header.dataOffset + bytes) : "more than 2^64") +
                             " bytes, the file has " + std::to_string(mapping->size()));
    const std::byte* payload = mapping->data() + header.dataOffset;
    return EmbeddingMatrix(mapping, payload, type, header.rows, header.cols,
                           header.cols * elementBytes(type));
}

// Each row is a 4-byte dimension followed by the values: a strided view of the mapping.
EmbeddingMatrix readFvecs(const std::filesystem::path& file)
{
    const auto mapping = MappedFile::open(file);
    if (mapping->size() < 4)
        throw InputError(file, "empty or truncated .fvecs file");
    std::int32_t dim = 0;
    std::memcpy(&dim, mapping->data(), sizeof dim);
    if (dim <= 0 || dim > (1 << 20))
        throw InputError(file,
                         "not a .fvecs file: first row declares " + std::to_string(dim) + " dimensions");
    const std::size_t rowBytes = 4 * (static_cast<std::size_t>(dim) + 1);
    if (mapping->size() % rowBytes != 0)
        throw InputError(file, "truncated: size is not a multiple of a " + std::to_string(dim) + "-dim row");
    const std::size_t rows = mapping->size() / rowBytes;
    for (std::size_t r = 0; r < rows; ++r) {
        std::int32_t rowDim = 0;
        std::memcpy(&rowDim, mapping->data() + r * rowBytes, sizeof rowDim);
        if (rowDim != dim)
            throw InputError(file, "row " + std::to_string(r + 1) + " declares " + std::to_string(rowDim) +
                                       " dimensions, the first row " + std::to_string(dim));
    }
    return EmbeddingMatrix(mapping, mapping->data() + 4, ElementType::Float32, rows,
                           static_cast<std::size_t>(dim), rowBytes);
}

EmbeddingMatrix readEmbeddings(const std::filesystem::path& file)
{
    if (hasExtension(file, ".fvecs"))
        return readFvecs(file);
    if (hasExtension(file, ".npy"))
        return readNpy(file);
    if (isShardManifest(file))
        return readShardManifest(file);
    throw InputError(file,
                     "unknown embedding format: expected a .npy or .fvecs file, or a shard manifest (.json)");
}

void writeEmbeddings(const std::filesystem::path& file, const EmbeddingMatrix& matrix)
{
    AtomicFile out(file, std::ios::binary);
    constexpr std::size_t kRowsPerWrite = 4096;
    std::vector<float> scratch;
    const auto writeRows = [&](std::size_t first, std::size_t count) {
        const float* rows = matrix.floatRows(first, count, scratch);
        out.stream().write(reinterpret_cast<const char*>(rows),
                           static_cast<std::streamsize>(count * matrix.dim() * sizeof(float)));
    };
    if (hasExtension(file, ".fvecs")) {
        const auto dim = static_cast<std::int32_t>(matrix.dim());
        for (std::size_t r = 0; r < matrix.rows(); ++r) {
            out.stream().write(reinterpret_cast<const char*>(&dim), sizeof dim);
            writeRows(r, 1);
        }
    } else {
        out.stream() << makeNpyHeader(matrix.rows(), matrix.dim());
        for (std::size_t r = 0; r < matrix.rows(); r += kRowsPerWrite)
            writeRows(r, std::min(kRowsPerWrite, matrix.rows() - r));
    }
    out.commit();
}

} // namespace near2
