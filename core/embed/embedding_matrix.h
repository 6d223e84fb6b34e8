#pragma once
// A dense row-major float32 matrix of embeddings (one row per record, in record order), either owned
// or a read-only view of a memory-mapped file. Cheap to copy: the storage is shared and immutable.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <span>
#include <vector>

namespace near2 {

class EmbeddingMatrix
{
public:
    EmbeddingMatrix() = default;
    EmbeddingMatrix(std::vector<float> values, std::size_t rows, std::size_t dim);
    // A view of `data` kept valid by `owner` (e.g. a memory mapping).
    EmbeddingMatrix(std::shared_ptr<const void> owner, const float* data, std::size_t rows, std::size_t dim);

    std::size_t rows() const { return m_rows; }
    std::size_t dim() const { return m_dim; }
    bool empty() const { return m_rows == 0; }
    const float* data() const { return m_data; }
    std::span<const float> row(std::size_t i) const { return {m_data + i * m_dim, m_dim}; }

    // The rows at `positions`, in that order, as an owned matrix.
    EmbeddingMatrix selectRows(std::span<const std::size_t> positions) const;

private:
    std::shared_ptr<const void> m_owner;
    const float* m_data = nullptr;
    std::size_t m_rows = 0;
    std::size_t m_dim = 0;
};

// .npy (float32 or float16, C order, 2-D) or .fvecs, chosen by extension. float32 .npy is memory-mapped.
// Throws InputError naming the file and what is wrong (dtype, order, shape, truncated data).
EmbeddingMatrix readEmbeddings(const std::filesystem::path& file);
EmbeddingMatrix readNpy(const std::filesystem::path& file);
EmbeddingMatrix readFvecs(const std::filesystem::path& file);

// Writes a float32 .npy (or .fvecs by extension) atomically.
void writeEmbeddings(const std::filesystem::path& file, const EmbeddingMatrix& matrix);

} // namespace near2
