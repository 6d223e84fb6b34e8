#include "core/explore/pca_2d.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <torch/torch.h>

namespace near2::explore {

namespace {

constexpr double kNoSpread = 1e-10; // on variances: the Gram matrix squares the condition

torch::Tensor asTensor(std::span<const double> values, std::size_t rows, std::size_t cols)
{
    return torch::from_blob(const_cast<double*>(values.data()),
                            {static_cast<std::int64_t>(rows), static_cast<std::int64_t>(cols)},
                            torch::kFloat64)
        .clone();
}

} // namespace

std::vector<double> Pca2d::project(std::span<const double> points) const
{
    if (dim == 0 || points.size() % dim != 0)
        throw std::invalid_argument("Pca2d::project: points are not rows of the fitted dim");
    const std::size_t count = points.size() / dim;
    std::vector<double> out(count * 2, 0.0);
    for (std::size_t p = 0; p < count; ++p)
        for (std::size_t c = 0; c < 2; ++c) {
            double sum = 0.0;
            for (std::size_t i = 0; i < dim; ++i)
                sum += (points[p * dim + i] - mean[i]) * components[c * dim + i];
            out[p * 2 + c] = sum;
        }
    return out;
}

Pca2d fitPca2d(std::span<const double> points, std::size_t count, std::size_t dim)
{
    if (dim == 0 || points.size() != count * dim)
        throw std::invalid_argument("fitPca2d: expected count × dim values");
    Pca2d pca;
    pca.dim = dim;
    pca.components.assign(2 * dim, 0.0);
    pca.coordinates.assign(count * 2, 0.0);
    pca.mean.assign(dim, 0.0);
    if (count == 0)
        return pca;
    const torch::NoGradGuard noGrad;
    const auto x = asTensor(points, count, dim);
    const auto mean = x.mean(0);
    const auto centred = x - mean;
    std::copy_n(mean.data_ptr<double>(), dim, pca.mean.begin());
    // The eigenvectors of the count × count Gram matrix are the SVD's left singular vectors and its
    // eigenvalues their squares: a few dozen points never pay for a decomposition at the full dim.
    const auto [eigenvalues, eigenvectors] = torch::linalg_eigh(torch::mm(centred, centred.t()));
    const auto values = eigenvalues.contiguous();
    const auto vectors = eigenvectors.contiguous();
    const double* lambda = values.data_ptr<double>();
    const double* u = vectors.data_ptr<double>(); // [point × count], columns ascending by eigenvalue
    double total = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        total += std::max(lambda[i], 0.0);
    const double largest = lambda[count - 1];
    for (std::size_t c = 0; c < std::min<std::size_t>(2, count); ++c) {
        const std::size_t column = count - 1 - c;
        if (!(lambda[column] > kNoSpread * largest))
            break;
        std::size_t top = 0;
        for (std::size_t p = 1; p < count; ++p)
            if (std::abs(u[p * count + column]) > std::abs(u[top * count + column]))
                top = p;
        const double sign = u[top * count + column] < 0.0 ? -1.0 : 1.0;
        const double singular = std::sqrt(lambda[column]);
        std::vector<double> direction(count);
        for (std::size_t p = 0; p < count; ++p) {
            direction[p] = sign * u[p * count + column];
            pca.coordinates[p * 2 + c] = direction[p] * singular;
        }
        // The component: centredᵀ · u / s.
        const auto component =
            torch::mv(centred.t(), torch::from_blob(direction.data(), {static_cast<std::int64_t>(count)},
                                                    torch::kFloat64)) /
            singular;
        std::copy_n(component.contiguous().data_ptr<double>(), dim,
                    pca.components.begin() + static_cast<std::ptrdiff_t>(c * dim));
        pca.explainedVarianceRatio[c] = lambda[column] / total;
    }
    return pca;
}

} // namespace near2::explore
