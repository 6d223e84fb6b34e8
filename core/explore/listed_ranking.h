#pragma once
// One query's ranking at one dim as far as it is listed: a stored run's top-k list (core/store), or an ad-hoc
// query's result. The explorer reads ranks from listings first and computes exactly only what lies beyond.
#include "core/search/top_k_lists.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace near2::explore {

struct ListedRanking
{
    int dim = 0;
    std::vector<std::int32_t> rows; // catalog rows, best first (no padding)
    std::vector<float> scores;      // the listed cosines, same length as rows (or empty)

    // 1-based rank of `row` in the listing, or none when it is not listed.
    std::optional<std::size_t> rankOf(std::int32_t row) const;
    // The first `k` rows (or fewer).
    std::span<const std::int32_t> top(std::size_t k) const;
};

// The stored run's lists of `query` (its index in the run's rankings) at each of the run's dims.
std::vector<ListedRanking> listingsOf(const SweepResult& rankings, std::size_t query);

// The listing at `dim`, or null.
const ListedRanking* listingAt(std::span<const ListedRanking> listings, int dim);

} // namespace near2::explore
