#include "core/explore/listed_ranking.h"

#include <algorithm>

namespace near2::explore {

std::optional<std::size_t> ListedRanking::rankOf(std::int32_t row) const
{
    const auto found = std::find(rows.begin(), rows.end(), row);
    if (found == rows.end())
        return std::nullopt;
    return static_cast<std::size_t>(found - rows.begin()) + 1;
}

std::span<const std::int32_t> ListedRanking::top(std::size_t k) const
{
    return {rows.data(), std::min(k, rows.size())};
}

std::vector<ListedRanking> listingsOf(const SweepResult& rankings, std::size_t query)
{
    std::vector<ListedRanking> listings;
    for (std::size_t d = 0; d < rankings.dims.size(); ++d) {
        const TopKLists& lists = rankings.perDim[d];
        ListedRanking& listing = listings.emplace_back();
        listing.dim = rankings.dims[d];
        if (query >= lists.queries)
            continue;
        const auto docs = lists.docsOf(query);
        const auto scores = lists.scoresOf(query);
        for (std::size_t r = 0; r < docs.size() && docs[r] >= 0; ++r) {
            listing.rows.push_back(docs[r]);
            listing.scores.push_back(scores[r]);
        }
    }
    return listings;
}

const ListedRanking* listingAt(std::span<const ListedRanking> listings, int dim)
{
    for (const auto& listing : listings)
        if (listing.dim == dim)
            return &listing;
    return nullptr;
}

} // namespace near2::explore
