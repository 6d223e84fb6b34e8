#pragma once
// Rank by dim: for one query, where each relevant product ranks at every dim (the run's nested dims and any
// typed in), the first dim at which it enters the top k, and the query's score gap at each dim.
// Ranks come from the listings (the stored run's top-k) where they name the product, else exactly from the
// embeddings (one catalog scan), else stay unknown: core/explore/rank_table.h says which, per entry.
#include "core/explore/query_labels.h"
#include "core/explore/rank_table.h"

#include <string>

namespace near2::explore {

struct RelevantAcrossDims
{
    std::int32_t row = -1;
    std::string label;
    double gain = 0.0;
    std::vector<RankAt> ranks;         // [dim], as RankByDim::dims
    std::optional<int> firstDimInTopK; // the smallest dim at which it ranks within the top k
    std::optional<int>
        topKFromDim; // the smallest dim from which it ranks within the top k at every larger dim
};

// The score gap at one dim: the score of the last relevant product (the relevant product with the lowest
// score anywhere in the catalog) minus the score of the first non-relevant product (the best product that is
// not relevant, unjudged ones included). Positive: every relevant product ranks above every other product;
// negative: by how much the last relevant product loses. Unknown when the listings do not reach the last
// relevant product and there are no embeddings (or the query has no relevant product).
struct GapAtDim
{
    int dim = 0;
    std::int32_t lastRelevantRow = -1;
    RankAt lastRelevant;
    BestOutside firstNonRelevant;
    std::optional<double> gap;
};

struct RankByDim
{
    std::vector<int> dims; // ascending
    std::size_t k = 10;
    std::vector<RelevantAcrossDims> relevant; // gain descending, as the labels list them
    std::vector<GapAtDim> gaps;               // [dim]
    std::vector<int> computedDims; // dims at which the catalog was scanned (empty: listings sufficed)
    bool exactScores = false;      // scores are exact (embeddings), not the listed floats
};

// In the top k at a dim: a known rank <= k. An unknown rank is below the listing, so outside the top k
// whenever the listing holds at least k rows (a stored run's depth is at least the view's k).
RankByDim rankByDim(const QueryLabels& labels, std::span<const ListedRanking> listings, std::vector<int> dims,
                    std::size_t k, const ExactCatalog& exact, const JobControl& job = {});

} // namespace near2::explore
