#include "core/explore/displacement.h"

namespace near2::explore {

namespace {

// Whether `a` ranks above `b` in `listing` (its dim), or by exact scores where the listing names neither.
bool outranks(std::int32_t a, std::int32_t b, const ListedRanking& listing, const ExactCatalog& exact)
{
    const auto rankA = listing.rankOf(a), rankB = listing.rankOf(b);
    if (rankA || rankB)
        return rankA && (!rankB || *rankA < *rankB);
    if (!exact.available())
        return false;
    const int dims[] = {listing.dim};
    return exact.ranksAbove(a, exact.scores(a, dims)[0], b, exact.scores(b, dims)[0]);
}

} // namespace

std::vector<Displacement> findDisplacements(const QueryLabels& labels, const ListedRanking& current,
                                            const ListedRanking& reference, std::size_t k,
                                            const ExactCatalog& exact)
{
    std::vector<Displacement> displacements;
    const auto top = current.top(k);
    for (const auto row : labels.relevantRows()) {
        Displacement& entry = displacements.emplace_back();
        entry.relevantRow = row;
        entry.currentRank = current.rankOf(row);
        const std::size_t end = entry.currentRank ? std::min(*entry.currentRank - 1, top.size()) : top.size();
        for (std::size_t r = end; r-- > 0;) {
            const auto product = top[r];
            if (labels.isRelevant(product))
                continue;
            if (entry.nearestRival < 0) {
                entry.nearestRival = product;
                entry.nearestRivalRank = r + 1;
            }
            if (outranks(row, product, reference, exact)) {
                entry.displacer = product;
                entry.displacerRank = r + 1;
                break;
            }
        }
    }
    return displacements;
}

} // namespace near2::explore
