#include "core/explore/rank_by_dim.h"

namespace near2::explore {

namespace {

void findTopKDims(RelevantAcrossDims& product, const std::vector<int>& dims, std::size_t k)
{
    for (std::size_t d = dims.size(); d-- > 0;) {
        const auto& rank = product.ranks[d].rank;
        const bool inTopK = rank && *rank <= k;
        if (!inTopK)
            break;
        product.topKFromDim = dims[d];
    }
    for (std::size_t d = 0; d < dims.size() && !product.firstDimInTopK; ++d)
        if (const auto& rank = product.ranks[d].rank; rank && *rank <= k)
            product.firstDimInTopK = dims[d];
}

GapAtDim gapAt(const RankTable& table, const std::vector<std::int32_t>& relevant, std::size_t d)
{
    GapAtDim gap;
    gap.dim = table.dims[d];
    gap.firstNonRelevant = table.bestOutside[d];
    for (std::size_t t = 0; t < relevant.size(); ++t) {
        const RankAt& at = table.ranks[t][d];
        if (!at.rank) { // below the listing without embeddings: the last relevant product is unknown
            gap.lastRelevantRow = -1;
            gap.lastRelevant = {};
            return gap;
        }
        if (!gap.lastRelevant.rank || *at.rank > *gap.lastRelevant.rank) {
            gap.lastRelevantRow = relevant[t];
            gap.lastRelevant = at;
        }
    }
    if (gap.lastRelevant.score && gap.firstNonRelevant.at.score)
        gap.gap = *gap.lastRelevant.score - *gap.firstNonRelevant.at.score;
    return gap;
}

} // namespace

RankByDim rankByDim(const QueryLabels& labels, std::span<const ListedRanking> listings, std::vector<int> dims,
                    std::size_t k, const ExactCatalog& exact, const JobControl& job)
{
    const auto relevantRows = labels.relevantRows();
    const auto relevantSet = labels.relevantSet();
    const RankTable table = rankTargets({relevantRows, std::move(dims), &relevantSet}, listings, exact, job);
    RankByDim result;
    result.dims = table.dims;
    result.k = k;
    result.computedDims = table.computedDims;
    result.exactScores = table.exactScores;
    for (std::size_t t = 0; t < relevantRows.size(); ++t) {
        const JudgedProduct* judged = labels.find(relevantRows[t]);
        RelevantAcrossDims& product = result.relevant.emplace_back();
        product.row = relevantRows[t];
        product.label = judged->label;
        product.gain = judged->gain;
        product.ranks = table.ranks[t];
        findTopKDims(product, result.dims, k);
    }
    for (std::size_t d = 0; d < result.dims.size(); ++d)
        result.gaps.push_back(gapAt(table, relevantRows, d));
    return result;
}

} // namespace near2::explore
