// The 2-D map (core/explore/query_map.h): its PCA against a NumPy reference written here and a hand case,
// deterministic signs, and which points the map holds.
#include "core/explore/pca_2d.h"
#include "core/explore/query_map.h"
#include "tests/core/explore_fixture.h"
#include "tests/core/numpy_reference.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>
#include <set>

using namespace near2;
using namespace near2::explore;

namespace {

// argv[1]: line 1 "count dim", line 2 the points row-major. Prints the coordinates (count × 2), the two
// components and the two explained variance ratios; signs flipped as scikit-learn's svd_flip (u-based).
const char* kReference = R"(import sys
import numpy as np
lines = open(sys.argv[1]).read().splitlines()
n, d = (int(float(v)) for v in lines[0].split())
x = np.array(lines[1].split(), dtype=np.float64).reshape(n, d)
c = x - x.mean(axis=0)
u, s, vt = np.linalg.svd(c, full_matrices=False)
rows = np.argmax(np.abs(u[:, :2]), axis=0)
signs = np.sign(u[rows, range(2)])
coords = u[:, :2] * s[:2] * signs
print(" ".join(repr(float(v)) for v in coords.ravel()))
print(" ".join(repr(float(v)) for v in (vt[:2] * signs[:, None]).ravel()))
print(" ".join(repr(float(v)) for v in (s[:2] ** 2 / (s ** 2).sum())))
)";

std::vector<double> randomPoints(std::size_t count, std::size_t dim, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> normal;
    std::vector<double> points(count * dim);
    for (std::size_t p = 0; p < count; ++p)
        for (std::size_t i = 0; i < dim; ++i)
            points[p * dim + i] = normal(generator) * (i < 3 ? 4.0 - static_cast<double>(i) : 0.5);
    return points;
}

} // namespace

TEST(ExploreMap, PcaMatchesTheNumpyReference)
{
    NEAR2_REQUIRE_NUMPY();
    test::ScratchDir scratch;
    const std::size_t count = 31, dim = 48;
    const auto points = randomPoints(count, dim, 3);
    const auto pca = fitPca2d(points, count, dim);
    const std::vector<double> shape{double(count), double(dim)};
    const auto reference = test::runNumpy(
        kReference, test::numbersLine(shape) + "\n" + test::numbersLine(points) + "\n", scratch);
    ASSERT_EQ(reference.size(), count * 2 + 2 * dim + 2);
    for (std::size_t i = 0; i < count * 2; ++i)
        EXPECT_NEAR(pca.coordinates[i], reference[i], 1e-9) << "coordinate " << i;
    for (std::size_t i = 0; i < 2 * dim; ++i)
        EXPECT_NEAR(pca.components[i], reference[count * 2 + i], 1e-9) << "component entry " << i;
    EXPECT_NEAR(pca.explainedVarianceRatio[0], reference[count * 2 + 2 * dim], 1e-12);
    EXPECT_NEAR(pca.explainedVarianceRatio[1], reference[count * 2 + 2 * dim + 1], 1e-12);
}

TEST(ExploreMap, PointsOnALineByHand)
{
    // (0,0), (1,1), (3,3): mean (4/3, 4/3), one direction (1,1)/√2; the largest coordinate is positive.
    const std::vector<double> points{0, 0, 1, 1, 3, 3};
    const auto pca = fitPca2d(points, 3, 2);
    const double r2 = std::sqrt(2.0);
    EXPECT_NEAR(pca.coordinates[0], -4.0 / 3.0 * r2, 1e-12);
    EXPECT_NEAR(pca.coordinates[2], -1.0 / 3.0 * r2, 1e-12);
    EXPECT_NEAR(pca.coordinates[4], 5.0 / 3.0 * r2, 1e-12);
    for (std::size_t p = 0; p < 3; ++p)
        EXPECT_EQ(pca.coordinates[p * 2 + 1], 0.0); // no spread: zeros, not an arbitrary direction
    EXPECT_NEAR(pca.explainedVarianceRatio[0], 1.0, 1e-12);
    EXPECT_NEAR(pca.components[0], 1.0 / r2, 1e-12);
    const auto projected = pca.project(std::vector<double>{2, 2});
    EXPECT_NEAR(projected[0], 2.0 / 3.0 * r2, 1e-12);
}

TEST(ExploreMap, SignsDoNotDependOnTheInputsSign)
{
    auto points = randomPoints(20, 16, 5);
    const auto a = fitPca2d(points, 20, 16);
    for (auto& value : points)
        value = -value; // the SVD's own signs flip with the data; the map's must not
    const auto b = fitPca2d(points, 20, 16);
    for (std::size_t i = 0; i < a.coordinates.size(); ++i)
        EXPECT_NEAR(a.coordinates[i], b.coordinates[i], 1e-9);
}

TEST(ExploreMap, HoldsTheQueryBothTopKsAndTheRelevantProductsOnce)
{
    const auto c = test::makeExploreCase(300, 32, 4);
    const auto current = test::referenceListing(c, 8, 10);
    const auto reference = test::referenceListing(c, 32, 10);
    QueryLabels labels;
    for (const auto row : c.lateRows)
        labels.judged.push_back({row, "E", 1.0});
    labels.judged.push_back({current.rows[0], "I", 0.0});
    QueryMapRequest request{&c.corpus, c.query, 8, 5, &current, &reference, &labels, {}};
    request.layer.push_back(
        c.corpus.row(static_cast<std::size_t>(c.lateRows[0]))); // a point already on the map
    request.layer.push_back(c.query);
    const auto map = buildQueryMap(request);
    ASSERT_FALSE(map.points.empty());
    EXPECT_EQ(map.points[0].row, -1);
    EXPECT_EQ(map.points[0].roles, QueryPoint);
    std::set<std::int32_t> rows;
    for (const auto& point : map.points)
        EXPECT_TRUE(rows.insert(point.row).second) << "row " << point.row << " twice";
    for (std::size_t r = 0; r < 5; ++r) {
        EXPECT_TRUE(rows.contains(current.rows[r]));
        EXPECT_TRUE(rows.contains(reference.rows[r]));
    }
    for (const auto row : c.lateRows)
        EXPECT_TRUE(rows.contains(row));
    EXPECT_EQ(map.points[1].row, current.rows[0]);
    EXPECT_EQ(map.points[1].currentRank, 1u);
    EXPECT_EQ(map.points[1].label, "I");
    EXPECT_TRUE(map.points[1].roles & CurrentTopK);

    // The layer is projected onto the same plane: a copy of a mapped vector lands on its point.
    const auto onMap = std::find_if(map.points.begin(), map.points.end(),
                                    [&](const MapPoint& point) { return point.row == c.lateRows[0]; });
    EXPECT_TRUE(onMap->roles & RelevantProduct);
    EXPECT_NEAR(map.layer[0][0], onMap->x, 1e-9);
    EXPECT_NEAR(map.layer[0][1], onMap->y, 1e-9);
    EXPECT_NEAR(map.layer[1][0], map.points[0].x, 1e-9);

    // Fitted at the current dim on the re-normalised prefixes.
    std::vector<double> prefixes;
    for (const auto& point : map.points) {
        const auto vector = point.row < 0 ? std::span<const float>(c.query)
                                          : c.corpus.row(static_cast<std::size_t>(point.row));
        double norm = 0;
        for (std::size_t i = 0; i < 8; ++i)
            norm += double(vector[i]) * vector[i];
        for (std::size_t i = 0; i < 8; ++i)
            prefixes.push_back(vector[i] / std::sqrt(norm));
    }
    const auto pca = fitPca2d(prefixes, map.points.size(), 8);
    for (std::size_t p = 0; p < map.points.size(); ++p) {
        EXPECT_NEAR(map.points[p].x, pca.coordinates[p * 2], 1e-9);
        EXPECT_NEAR(map.points[p].y, pca.coordinates[p * 2 + 1], 1e-9);
    }
    EXPECT_THROW(buildQueryMap({&c.corpus, c.query, 33, 5, &current, &reference, &labels, {}}),
                 std::invalid_argument);
}
