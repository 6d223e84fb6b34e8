#include "core/search/prefix_norms.h"

#include <cmath>

namespace near2 {

namespace {

void inverseNormsOfRow(const float* row, const std::vector<int>& dims, float* const* out, std::size_t r)
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
}

} // namespace

std::vector<std::vector<float>> inversePrefixNorms(const EmbeddingMatrix& matrix,
                                                   const std::vector<int>& dims)
{
    std::vector<std::vector<float>> inverse(dims.size(), std::vector<float>(matrix.rows()));
    std::vector<float*> out;
    for (auto& values : inverse)
        out.push_back(values.data());
#pragma omp parallel for schedule(static)
    for (std::size_t r = 0; r < matrix.rows(); ++r)
        inverseNormsOfRow(matrix.row(r).data(), dims, out.data(), r);
    return inverse;
}

void inversePrefixNormsOfRows(const float* rows, std::size_t count, std::size_t stride,
                              const std::vector<int>& dims, float* const* out)
{
    for (std::size_t r = 0; r < count; ++r)
        inverseNormsOfRow(rows + r * stride, dims, out, r);
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

} // namespace near2
