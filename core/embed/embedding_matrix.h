#pragma once
// A row-major matrix of embeddings (one row per record, in record order): owned float32 values, or a
// read-only view of a memory-mapped file in its stored element type (float32 or float16, rows possibly
// strided as in .fvecs). Cheap to copy: the storage is shared and immutable.
//
// Large catalogs stay in their file: readers take float32 rows a tile at a time (floatRows), converted where
// they are stored otherwise, and streaming readers tell the mapping what they will read next and what they
// are done with (willRead/doneReading), so a catalog larger than memory is read once, front to back.
#include "core/embed/element_type.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <vector>

namespace near2 {

class MappedFile;
struct EmbeddingParts;

class EmbeddingMatrix
{
public:
    EmbeddingMatrix() = default;
    EmbeddingMatrix(std::vector<float> values, std::size_t rows, std::size_t dim);
    // A view of `data` kept valid by `owner` (e.g. a memory mapping).
    EmbeddingMatrix(std::shared_ptr<const void> owner, const float* data, std::size_t rows, std::size_t dim);
    // `rows` rows of `type` values, `rowBytes` apart from `data`, inside `mapping`.
    EmbeddingMatrix(std::shared_ptr<const MappedFile> mapping, const std::byte* data, ElementType type,
                    std::size_t rows, std::size_t dim, std::size_t rowBytes);
    // The rows of `parts` one after the other (the shards of a manifest), read in place: one catalog of the
    // parts' common dimension and element type. Throws std::invalid_argument when they differ.
    static EmbeddingMatrix concatenate(std::vector<EmbeddingMatrix> parts);

    std::size_t rows() const { return m_rows; }
    std::size_t dim() const { return m_dim; }
    bool empty() const { return m_rows == 0; }
    ElementType elementType() const { return m_type; }
    // Bytes of the rows as stored (what a pass over the catalog reads).
    std::uint64_t storedBytes() const;

    // Contiguous float32 rows: data() and row() need them (queries and owned matrices always are); they
    // throw std::logic_error otherwise. Use floatRows for a catalog of any type.
    bool isDenseFloat32() const;
    const float* data() const;
    std::span<const float> row(std::size_t i) const;

    // Rows [first, first + count) as dense float32 (dim() apart): the storage itself when it is dense
    // float32, else converted into `scratch` (resized as needed).
    const float* floatRows(std::size_t first, std::size_t count, std::vector<float>& scratch) const;
    void copyFloatRows(std::size_t first, std::size_t count, float* out) const;

    // A view of rows [first, first + count) (the same storage).
    EmbeddingMatrix rowRange(std::size_t first, std::size_t count) const;
    // The rows at `positions`, in that order, as an owned float32 matrix.
    EmbeddingMatrix selectRows(std::span<const std::size_t> positions) const;

    // Read-ahead and release hints for rows [first, first + count) of memory-mapped storage (MappedFile);
    // nothing for owned storage.
    void willRead(std::size_t first, std::size_t count) const;
    void doneReading(std::size_t first, std::size_t count) const;

private:
    const std::byte* rowBytes(std::size_t i) const { return m_bytes + i * m_rowBytes; }
    // Calls visit(part, firstRowInPart, count) for the parts that rows [first, first + count) lie in.
    template <typename Visit> void forEachPart(std::size_t first, std::size_t count, Visit visit) const;

    std::shared_ptr<const EmbeddingParts> m_parts; // set for a concatenation; m_firstRow is this view's start
    std::size_t m_firstRow = 0;
    std::shared_ptr<const void> m_owner;
    const MappedFile* m_mapping = nullptr; // set for views of a mapping (hints apply)
    const std::byte* m_bytes = nullptr;
    ElementType m_type = ElementType::Float32;
    std::size_t m_rows = 0;
    std::size_t m_dim = 0;
    std::size_t m_rowBytes = 0;
};

// .npy (float32 or float16, C order, 2-D), .fvecs, or a shard manifest (.json, embedding_shards.h), chosen by
// extension; all are memory-mapped, never decoded whole. Throws InputError naming the file and what is wrong
// (dtype, order, shape, truncated data).
EmbeddingMatrix readEmbeddings(const std::filesystem::path& file);
EmbeddingMatrix readNpy(const std::filesystem::path& file);
EmbeddingMatrix readFvecs(const std::filesystem::path& file);

// Writes a float32 .npy (or .fvecs by extension) atomically.
void writeEmbeddings(const std::filesystem::path& file, const EmbeddingMatrix& matrix);

} // namespace near2
