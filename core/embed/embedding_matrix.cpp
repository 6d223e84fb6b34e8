#include "core/embed/embedding_matrix.h"

#include "core/embed/mapped_file.h"

#include <cstring>
#include <stdexcept>

namespace near2 {

EmbeddingMatrix::EmbeddingMatrix(std::vector<float> values, std::size_t rows, std::size_t dim)
    : m_rows(rows), m_dim(dim), m_rowBytes(dim * sizeof(float))
{
    auto storage = std::make_shared<std::vector<float>>(std::move(values));
    m_bytes = reinterpret_cast<const std::byte*>(storage->data());
    m_owner = std::move(storage);
}

EmbeddingMatrix::EmbeddingMatrix(std::shared_ptr<const void> owner, const float* data, std::size_t rows,
                                 std::size_t dim)
    : m_owner(std::move(owner)), m_bytes(reinterpret_cast<const std::byte*>(data)), m_rows(rows), m_dim(dim),
      m_rowBytes(dim * sizeof(float))
{
}

EmbeddingMatrix::EmbeddingMatrix(std::shared_ptr<const MappedFile> mapping, const std::byte* data,
                                 ElementType type, std::size_t rows, std::size_t dim, std::size_t rowBytes)
    : m_mapping(mapping.get()), m_bytes(data), m_type(type), m_rows(rows), m_dim(dim), m_rowBytes(rowBytes)
{
    m_owner = std::move(mapping);
}

bool EmbeddingMatrix::isDenseFloat32() const
{
    return m_type == ElementType::Float32 && m_rowBytes == m_dim * sizeof(float) &&
           reinterpret_cast<std::uintptr_t>(m_bytes) % alignof(float) == 0;
}

const float* EmbeddingMatrix::data() const
{
    if (!isDenseFloat32())
        throw std::logic_error(
            "EmbeddingMatrix::data: the rows are not dense float32; read them with floatRows");
    return reinterpret_cast<const float*>(m_bytes);
}

std::span<const float> EmbeddingMatrix::row(std::size_t i) const
{
    return {data() + i * m_dim, m_dim};
}

const float* EmbeddingMatrix::floatRows(std::size_t first, std::size_t count,
                                        std::vector<float>& scratch) const
{
    if (isDenseFloat32())
        return reinterpret_cast<const float*>(rowBytes(first));
    if (scratch.size() < count * m_dim)
        scratch.resize(count * m_dim);
    copyFloatRows(first, count, scratch.data());
    return scratch.data();
}

void EmbeddingMatrix::copyFloatRows(std::size_t first, std::size_t count, float* out) const
{
    if (m_rowBytes == m_dim * elementBytes(m_type)) {
        convertToFloat32(rowBytes(first), m_type, count * m_dim, out);
        return;
    }
    for (std::size_t r = 0; r < count; ++r)
        convertToFloat32(rowBytes(first + r), m_type, m_dim, out + r * m_dim);
}

EmbeddingMatrix EmbeddingMatrix::rowRange(std::size_t first, std::size_t count) const
{
    if (first > m_rows || count > m_rows - first)
        throw std::out_of_range("EmbeddingMatrix::rowRange: rows beyond the matrix");
    EmbeddingMatrix view(*this);
    view.m_bytes = rowBytes(first);
    view.m_rows = count;
    return view;
}

EmbeddingMatrix EmbeddingMatrix::selectRows(std::span<const std::size_t> positions) const
{
    std::vector<float> values(positions.size() * m_dim);
    for (std::size_t i = 0; i < positions.size(); ++i)
        copyFloatRows(positions[i], 1, values.data() + i * m_dim);
    return EmbeddingMatrix(std::move(values), positions.size(), m_dim);
}

void EmbeddingMatrix::willRead(std::size_t first, std::size_t count) const
{
    if (m_mapping && count > 0)
        m_mapping->willRead(rowBytes(first), rowBytes(first + count));
}

void EmbeddingMatrix::doneReading(std::size_t first, std::size_t count) const
{
    if (m_mapping && count > 0)
        m_mapping->doneReading(rowBytes(first), rowBytes(first + count));
}

} // namespace near2
