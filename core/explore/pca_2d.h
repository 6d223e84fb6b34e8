#pragma once
// A two-component principal component analysis of a few dozen points in LibTorch, double precision: the
// eigenvectors of the points' Gram matrix (count × count), which are the centred points' left singular
// vectors. Signs are deterministic: each component is flipped so that the point with the largest absolute
// coordinate along it (the first such point on a tie) gets a positive coordinate (scikit-learn's svd_flip on
// U). A component without spread (variance <= 1e-10 × the first's, fewer than 2 points) is all zeros, so
// degenerate inputs give zeros instead of an arbitrary direction.
#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace near2::explore {

struct Pca2d
{
    std::size_t dim = 0;
    std::vector<double> mean;        // [dim]
    std::vector<double> components;  // [2 × dim], row-major
    std::vector<double> coordinates; // [points × 2]: the fitted points' projections
    std::array<double, 2> explainedVarianceRatio{0.0, 0.0};

    // Projects other points (row-major, `dim` wide) onto the fitted plane: [n × 2].
    std::vector<double> project(std::span<const double> points) const;
};

// `points`: count × dim, row-major. std::invalid_argument when the sizes disagree.
Pca2d fitPca2d(std::span<const double> points, std::size_t count, std::size_t dim);

} // namespace near2::explore
