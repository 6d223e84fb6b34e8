#include "core/explore/query_map.h"

#include "core/explore/pca_2d.h"
#include "core/explore/prefix_math.h"

#include <stdexcept>

namespace near2::explore {

namespace {

void appendPrefix(std::vector<double>& out, std::span<const float> vector, int dim)
{
    const auto width = static_cast<std::size_t>(dim);
    const double norm = std::sqrt(segmentDot(vector.data(), vector.data(), 0, width));
    for (std::size_t i = 0; i < width; ++i)
        out.push_back(norm > 0.0 ? static_cast<double>(vector[i]) / norm : 0.0);
}

MapPoint& pointFor(std::vector<MapPoint>& points, std::int32_t row)
{
    for (auto& point : points)
        if (point.row == row)
            return point;
    MapPoint& point = points.emplace_back();
    point.row = row;
    return point;
}

} // namespace

QueryMap buildQueryMap(const QueryMapRequest& request)
{
    if (!request.corpus || request.query.size() != request.corpus->dim() || request.dim < 1 ||
        static_cast<std::size_t>(request.dim) > request.corpus->dim())
        throw std::invalid_argument("buildQueryMap: needs the catalog, the query and a dim within both");
    QueryMap map;
    map.dim = request.dim;
    pointFor(map.points, -1).roles = QueryPoint;
    if (request.current)
        for (std::size_t r = 0; r < request.current->top(request.k).size(); ++r) {
            MapPoint& point = pointFor(map.points, request.current->rows[r]);
            point.roles |= CurrentTopK;
            point.currentRank = r + 1;
        }
    if (request.reference)
        for (std::size_t r = 0; r < request.reference->top(request.k).size(); ++r) {
            MapPoint& point = pointFor(map.points, request.reference->rows[r]);
            point.roles |= ReferenceTopK;
            point.referenceRank = r + 1;
        }
    if (request.labels)
        for (const auto row : request.labels->relevantRows())
            pointFor(map.points, row).roles |= RelevantProduct;

    std::vector<double> vectors;
    vectors.reserve(map.points.size() * static_cast<std::size_t>(request.dim));
    for (auto& point : map.points) {
        if (point.row < 0) {
            appendPrefix(vectors, request.query, request.dim);
            continue;
        }
        appendPrefix(vectors, request.corpus->row(static_cast<std::size_t>(point.row)), request.dim);
        if (!point.currentRank && request.current)
            point.currentRank = request.current->rankOf(point.row);
        if (!point.referenceRank && request.reference)
            point.referenceRank = request.reference->rankOf(point.row);
        if (const auto* judged = request.labels ? request.labels->find(point.row) : nullptr)
            point.label = judged->label;
    }
    const auto pca = fitPca2d(vectors, map.points.size(), static_cast<std::size_t>(request.dim));
    for (std::size_t p = 0; p < map.points.size(); ++p) {
        map.points[p].x = pca.coordinates[p * 2];
        map.points[p].y = pca.coordinates[p * 2 + 1];
    }
    map.explainedVarianceRatio = pca.explainedVarianceRatio;
    std::vector<double> layer;
    for (const auto& vector : request.layer) {
        if (vector.size() != request.corpus->dim())
            throw std::invalid_argument("buildQueryMap: a layer vector differs from the catalog's dim");
        appendPrefix(layer, vector, request.dim);
    }
    const auto projected = pca.project(layer);
    for (std::size_t p = 0; p < request.layer.size(); ++p)
        map.layer.push_back({projected[p * 2], projected[p * 2 + 1]});
    return map;
}

} // namespace near2::explore
