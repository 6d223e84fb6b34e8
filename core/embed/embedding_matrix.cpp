#include "core/embed/embedding_matrix.h"

#include "core/embed/mapped_file.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace near2 {

struct EmbeddingParts
{
    std::vector<EmbeddingMatrix> parts;
    std::vector<std::size_t> starts; // first row of each part in the concatenation, then the total
};

EmbeddingMatrix EmbeddingMatrix::concatenate(std::vector<EmbeddingMatrix> parts)
{
    if (parts.empty())
        return {};
    if (parts.size() == 1)
        return std::move(parts.front());
    auto list = std::make_shared<EmbeddingParts>();
    list->starts.push_back(0);
    for (const auto& part : parts) {
        if (part.dim() != parts.front().dim() || part.elementType() != parts.front().elementType())
            throw std::invalid_argument(
                "EmbeddingMatrix::concatenate: parts differ in dimension or element type");
        list->starts.push_back(list->starts.back() + part.rows());
    }
    EmbeddingMatrix whole;
    whole.m_type = parts.front().elementType();
    whole.m_dim = parts.front().dim();
    whole.m_rowBytes = parts.front().m_rowBytes;
    whole.m_rows = list->starts.back();
    list->parts = std::move(parts);
    whole.m_parts = std::move(list);
    return whole;
}

template <typename Visit>
void EmbeddingMatrix::forEachPart(std::size_t first, std::size_t count, Visit visit) const
{
    const auto& starts = m_parts->starts;
    std::size_t row = m_firstRow + first;
    const std::size_t end = row + count;
    auto part =
        static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), row) - starts.begin()) - 1;
    for (; row < end; ++part) {
        const std::size_t take = std::min(end, starts[part + 1]) - row;
        visit(m_parts->parts[part], row - starts[part], take);
        row += take;
    }
}

std::uint64_t EmbeddingMatrix::storedBytes() const
{
    if (!m_parts)
        return static_cast<std::uint64_t>(m_rows) * m_rowBytes;
    std::uint64_t bytes = 0;
    forEachPart(0, m_rows, [&](const EmbeddingMatrix& part, std::size_t, std::size_t count) {
        bytes += static_cast<std::uint64_t>(count) * part.m_rowBytes;
    });
    return bytes;
}

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
    return !m_parts && m_type == ElementType::Float32 && m_rowBytes == m_dim * sizeof(float) &&
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
    if (m_parts) {
        forEachPart(first, count, [&](const EmbeddingMatrix& part, std::size_t from, std::size_t rows) {
            part.copyFloatRows(from, rows, out);
            out += rows * m_dim;
        });
        return;
    }
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
    view.m_rows = count;
    if (!m_parts) {
        view.m_bytes = rowBytes(first);
        return view;
    }
    const EmbeddingMatrix* only = nullptr; // a range inside one part is that part's plain view
    std::size_t from = 0, parts = 0;
    forEachPart(first, count, [&](const EmbeddingMatrix& part, std::size_t partFirst, std::size_t) {
        only = &part;
        from = partFirst;
        ++parts;
    });
    if (parts == 1)
        return only->rowRange(from, count);
    view.m_firstRow = m_firstRow + first;
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
    if (m_parts) {
        forEachPart(first, count, [](const EmbeddingMatrix& part, std::size_t from, std::size_t rows) {
            part.willRead(from, rows);
        });
        return;
    }
    if (m_mapping && count > 0)
        m_mapping->willRead(rowBytes(first), rowBytes(first + count));
}

void EmbeddingMatrix::doneReading(std::size_t first, std::size_t count) const
{
    if (m_parts) {
        forEachPart(first, count, [](const EmbeddingMatrix& part, std::size_t from, std::size_t rows) {
            part.doneReading(from, rows);
        });
        return;
    }
    if (m_mapping && count > 0)
        m_mapping->doneReading(rowBytes(first), rowBytes(first + count));
}

} // namespace near2
