#include "core/tradeoffs/cell_ranking.h"

#include "core/tradeoffs/cell_results.h"
#include "core/tradeoffs/searcher_slot.h"
#include "core/util/error.h"

#include <vector>

namespace near2 {

TopKLists rankQueryWithCell(const CellSpec& spec, const EmbeddingMatrix& corpus, std::span<const float> query,
                            std::size_t k, std::span<const std::uint32_t> tieRanks)
{
    if (query.size() != corpus.dim())
        throw InputError("the query has " + std::to_string(query.size()) + " dims, the catalog " +
                         std::to_string(corpus.dim()));
    const TradeoffOptions options; // FAISS on the CPU, as the grid's default
    SearcherSlot slot(corpus, options);
    double buildSeconds = 0;
    CellSearcher& searcher = slot.get(spec, buildSeconds);
    searcher.setSearchParams(spec);
    std::vector<float> scores(k);
    std::vector<std::int64_t> labels(k, -1);
    searcher.search(query.data(), 1, corpus.dim(), k, scores.data(), labels.data());
    return rankingsOf(scores, labels, 1, k, tieRanks);
}

} // namespace near2
