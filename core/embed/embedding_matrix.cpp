#include "core/embed/embedding_matrix.h"

#include <cstring>

namespace near2 {

EmbeddingMatrix::EmbeddingMatrix(std::vector<float> values, std::size_t rows, std::size_t dim)
    : m_rows(rows), m_dim(dim)
{
    auto storage = std::make_shared<std::vector<float>>(std::move(values));
    m_data = storage->data();
    m_owner = std::move(storage);
}

EmbeddingMatrix::EmbeddingMatrix(std::shared_ptr<const void> owner, const float* data, std::size_t rows,
                                 std::size_t dim)
    : m_owner(std::move(owner)), m_data(data), m_rows(rows), m_dim(dim)
{
}

EmbeddingMatrix EmbeddingMatrix::selectRows(std::span<const std::size_t> positions) const
{
    std::vector<float> values(positions.size() * m_dim);
    for (std::size_t i = 0; i < positions.size(); ++i)
        std::memcpy(values.data() + i * m_dim, m_data + positions[i] * m_dim, m_dim * sizeof(float));
    return EmbeddingMatrix(std::move(values), positions.size(), m_dim);
}

} // namespace near2
