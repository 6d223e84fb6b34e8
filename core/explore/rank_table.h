#pragma once
// Ranks of given products at given dims for one query: read from the listings (a stored run's top-k, an
// ad-hoc result) where they name the product, computed exactly from the embeddings where they do not
// (core/explore/catalog_scan.h: one pass over the catalog for every dim that needs it), else unknown.
// A rank computed at a dim that has a listing is at least the listing's length + 1: the listing is what the
// run found and the views show, and a product it leaves out ranks below it even where double precision would
// break a near-tie the other way.
// Scores: with embeddings every score is the exact double-precision cosine (also for listed products), so all
// scores of one table share one arithmetic; without, the listed float scores, and none beyond the listings.
#include "core/explore/catalog_scan.h"
#include "core/explore/listed_ranking.h"

#include <optional>
#include <unordered_set>

namespace near2::explore {

enum class RankSource {
    Listed,   // from the listing at that dim
    Computed, // counted exactly from the embeddings
    Unknown   // below the listing, and no embeddings
};

struct RankAt
{
    std::optional<std::size_t> rank; // 1-based
    RankSource source = RankSource::Unknown;
    std::optional<double> score;
};

// The best product at one dim outside a set (e.g. the first non-relevant product).
struct BestOutside
{
    std::int32_t row = -1; // -1: unknown, or every product is in the set
    RankAt at;
};

struct RankQuestion
{
    std::vector<std::int32_t> targets;
    std::vector<int> dims;                                     // any order; the table lists them ascending
    const std::unordered_set<std::int32_t>* outside = nullptr; // when given: BestOutside at each dim
};

struct RankTable
{
    std::vector<int> dims;                  // ascending, distinct
    std::vector<std::vector<RankAt>> ranks; // [target][dim]
    std::vector<BestOutside> bestOutside;   // [dim], empty unless asked for
    std::vector<int> computedDims;          // where the catalog was scanned (empty: listings sufficed)
    bool exactScores = false;               // scores come from the embeddings, not the listings

    std::size_t dimIndex(int dim) const; // dims.size() when absent
};

// Throws CancelledError when `job` is cancelled during the scan.
RankTable rankTargets(const RankQuestion& question, std::span<const ListedRanking> listings,
                      const ExactCatalog& exact, const JobControl& job = {});

} // namespace near2::explore
