#include "core/search/prefix_norms.h"

#include <algorithm>
#include <cmath>

namespace near2 {

namespace {

constexpr std::size_t kTileRows = 1024;

// Returns whether the row's values up to dims.back() are finite (their sum of squares is then finite too).
bool inverseNormsOfRow(const float* row, const std::vector<int>& dims, float* const* out, std::size_t r)
{
    double squares = 0.0;
    int done = 0;
    for (std::size_t i = 0; i < dims.size(); ++i) {
#pragma omp simd reduction(+ : squares)
        for (int j = done; j < dims[i]; ++j)
            squares += static_cast<double>(row[j]) * row[j];
        done = dims[i];
        out[i][r] = squares > 0.0 ? static_cast<float>(1.0 / std::sqrt(squares)) : 0.0f;
    }
    return std::isfinite(squares);
}

// Calls visit(first, count, rows) for tiles of the matrix as float32 (one scratch tile per thread) in
// parallel, and throws NonFiniteRow for the lowest row any visit reported (visit returns the tile's first
// non-finite row, or count).
template <class Visit> void forEachTile(const EmbeddingMatrix& matrix, const Visit& visit)
{
    const std::size_t tiles = (matrix.rows() + kTileRows - 1) / kTileRows;
    FirstNonFiniteRow firstBad;
#pragma omp parallel
    {
        std::vector<float> scratch;
#pragma omp for schedule(static)
        for (std::size_t t = 0; t < tiles; ++t) {
            const std::size_t first = t * kTileRows;
            const std::size_t count = std::min(kTileRows, matrix.rows() - first);
            if (const std::size_t bad = visit(first, count, matrix.floatRows(first, count, scratch));
                bad < count)
                firstBad.note(first + bad);
        }
    }
    firstBad.throwIfAny();
}

} // namespace

NonFiniteRow::NonFiniteRow(std::size_t row) : InputError(describe(row)), m_row(row) {}

std::string NonFiniteRow::describe(std::size_t row)
{
    return "row " + std::to_string(row) +
           " (0-based) has a NaN or infinite value; embeddings must be finite (check the encoder's output)";
}

std::vector<std::vector<float>> inversePrefixNorms(const EmbeddingMatrix& matrix,
                                                   const std::vector<int>& dims)
{
    std::vector<std::vector<float>> inverse(dims.size(), std::vector<float>(matrix.rows()));
    forEachTile(matrix, [&](std::size_t first, std::size_t count, const float* rows) {
        std::vector<float*> out;
        for (auto& values : inverse)
            out.push_back(values.data() + first);
        return inversePrefixNormsOfRows(rows, count, matrix.dim(), dims, out.data());
    });
    return inverse;
}

std::size_t inversePrefixNormsOfRows(const float* rows, std::size_t count, std::size_t stride,
                                     const std::vector<int>& dims, float* const* out)
{
    std::size_t firstBad = count;
    for (std::size_t r = 0; r < count; ++r)
        if (!inverseNormsOfRow(rows + r * stride, dims, out, r) && firstBad == count)
            firstBad = r;
    return firstBad;
}

void normalizePrefixes(const float* rows, std::size_t count, std::size_t rowStride, int dim, float* out)
{
    const auto d = static_cast<std::size_t>(dim);
#pragma omp parallel for schedule(static) if (count > 256)
    for (std::size_t r = 0; r < count; ++r) {
        const float* row = rows + r * rowStride;
        double squares = 0.0;
        for (std::size_t j = 0; j < d; ++j)
            squares += static_cast<double>(row[j]) * row[j];
        const float scale = squares > 0.0 ? static_cast<float>(1.0 / std::sqrt(squares)) : 0.0f;
        for (std::size_t j = 0; j < d; ++j)
            out[r * d + j] = row[j] * scale;
    }
}

void normalizePrefixes(const EmbeddingMatrix& matrix, int dim, float* out)
{
    const auto d = static_cast<std::size_t>(dim);
    forEachTile(matrix, [&](std::size_t first, std::size_t count, const float* rows) {
        normalizePrefixes(rows, count, matrix.dim(), dim, out + first * d);
        for (std::size_t r = 0; r < count; ++r)
            if (!std::all_of(out + (first + r) * d, out + (first + r + 1) * d,
                             [](float value) { return std::isfinite(value); }))
                return r;
        return count;
    });
}

} // namespace near2
