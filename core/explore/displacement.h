#pragma once
// Which non-relevant product displaced a relevant one at the current dim, for the segment chart.
//
// Definition. Let k be the view's cutoff, d the current dim, D the reference dim and r a relevant product.
// Above(r) is the set of non-relevant products (judged below the relevance threshold, or unjudged) in the
// top k at d that rank above r there (the whole top k's non-relevant products when r is outside the top k).
//   - r's displacer is the lowest-ranked member of Above(r) at d that r outranks at D: a product that
//     overtook r between the reference dim and the current one. None when no member of Above(r) did (r then
//     loses to the same products at both dims: nothing displaced it).
//   - r's nearest rival is the lowest-ranked member of Above(r), whether or not it overtook r: the product
//     that beats r by the smallest margin within the top k.
// "r outranks p at D" is read from the listing at D when it names r or p (the listed one ranks above an
// unlisted one), else from the exact scores at D (core/explore/catalog_scan.h); without embeddings and with
// neither listed it is unknown and counts as not outranking.
#include "core/explore/catalog_scan.h"
#include "core/explore/listed_ranking.h"
#include "core/explore/query_labels.h"

#include <optional>

namespace near2::explore {

struct Displacement
{
    std::int32_t relevantRow = -1;
    std::optional<std::size_t> currentRank; // within the current listing; none: below it
    std::int32_t displacer = -1;            // -1: none
    std::optional<std::size_t> displacerRank;
    std::int32_t nearestRival = -1; // -1: no non-relevant product above r in the top k
    std::optional<std::size_t> nearestRivalRank;
};

// One entry per relevant product of `labels`, gain descending.
std::vector<Displacement> findDisplacements(const QueryLabels& labels, const ListedRanking& current,
                                            const ListedRanking& reference, std::size_t k,
                                            const ExactCatalog& exact);

} // namespace near2::explore
