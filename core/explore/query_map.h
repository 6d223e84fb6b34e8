#pragma once
// The 2-D map of one query: the query, its top k at the current and the reference dim and its relevant
// products, projected by a PCA fitted at the current dim (core/explore/pca_2d.h) on exactly these points.
// Every vector is cut to the current dim and re-normalised (the cosine geometry the ranking uses). An
// optional second layer (e.g. the queries of the selected query's slice) is projected onto the same plane
// but not fitted on, so toggling it leaves the main layer in place.
// Cost: the few dozen rows are copied from the catalog; nothing scans it (fits the slider's 50 ms budget on
// any catalog size: tests/bench/bench_explore.cpp).
#include "core/embed/embedding_matrix.h"
#include "core/explore/listed_ranking.h"
#include "core/explore/query_labels.h"

#include <array>
#include <optional>
#include <string>

namespace near2::explore {

enum MapRole : unsigned {
    QueryPoint = 1u << 0,
    CurrentTopK = 1u << 1,
    ReferenceTopK = 1u << 2,
    RelevantProduct = 1u << 3,
};

struct MapPoint
{
    std::int32_t row = -1; // catalog row; -1 for the query
    unsigned roles = 0;    // MapRole bits
    std::optional<std::size_t> currentRank, referenceRank;
    std::string label; // the judged label, empty when unjudged (and for the query)
    double x = 0.0, y = 0.0;
};

struct QueryMapRequest
{
    const EmbeddingMatrix* corpus = nullptr;
    std::span<const float> query; // full dim
    int dim = 0;                  // the current dim: the PCA is fitted on the dim-prefixes
    std::size_t k = 10;
    const ListedRanking* current = nullptr; // the query's listing at the current dim
    const ListedRanking* reference = nullptr;
    const QueryLabels* labels = nullptr;
    std::vector<std::span<const float>> layer; // second-layer vectors (full dim), may be empty
};

struct QueryMap
{
    int dim = 0;
    std::vector<MapPoint> points;             // the query first, then the current top k, the reference top k,
                                              // the remaining relevant products; each product once
    std::vector<std::array<double, 2>> layer; // one per request.layer vector, same order
    std::array<double, 2> explainedVarianceRatio{0.0, 0.0};
};

// std::invalid_argument for a missing catalog or query, or a dim outside 1..the catalog's dim.
QueryMap buildQueryMap(const QueryMapRequest& request);

} // namespace near2::explore
