#include "core/tradeoffs/cell_ranking.h"

#include "core/tradeoffs/cell_results.h"
#include "core/tradeoffs/searcher_slot.h"
#include "core/tradeoffs/tradeoff_cells.h"
#include "core/util/error.h"

#include <vector>

namespace near2 {

CellRanker::CellRanker(EmbeddingMatrix corpus, std::size_t keptIndexes)
    : m_corpus(std::move(corpus)), m_kept(std::max<std::size_t>(1, keptIndexes))
{
}

CellRanker::~CellRanker() = default;

namespace {

TopKLists searchWith(SearcherSlot& slot, const CellSpec& spec, std::span<const float> query, std::size_t k,
                     std::span<const std::uint32_t> tieRanks)
{
    double buildSeconds = 0;
    CellSearcher& searcher = slot.get(spec, buildSeconds);
    searcher.setSearchParams(spec);
    std::vector<float> scores(k);
    std::vector<std::int64_t> labels(k, -1);
    searcher.search(query.data(), 1, query.size(), k, scores.data(), labels.data());
    return rankingsOf(scores, labels, 1, k, tieRanks);
}

} // namespace

SearcherSlot& CellRanker::cachedSlot(const CellSpec& spec)
{
    const std::string key = buildKey(spec);
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it)
        if (it->first == key) {
            m_slots.splice(m_slots.begin(), m_slots, it);
            return *m_slots.front().second;
        }
    // Built before it takes a place: a build that throws (parameters that cannot work) evicts nothing.
    auto slot = std::make_unique<SearcherSlot>(m_corpus, m_options);
    double buildSeconds = 0;
    (void)slot->get(spec, buildSeconds);
    ++m_built;
    m_slots.emplace_front(key, std::move(slot));
    if (m_slots.size() > m_kept)
        m_slots.pop_back();
    return *m_slots.front().second;
}

TopKLists CellRanker::rank(const CellSpec& spec, std::span<const float> query, std::size_t k,
                           std::span<const std::uint32_t> tieRanks)
{
    if (query.size() != m_corpus.dim())
        throw InputError("the query has " + std::to_string(query.size()) + " dims, the catalog " +
                         std::to_string(m_corpus.dim()));
    const std::lock_guard lock(m_mutex);
    if (spec.index != IndexKind::Flat)
        return searchWith(cachedSlot(spec), spec, query, k, tieRanks);
    // A flat searcher is quick to rebuild, and keeping it would keep a copy of the catalog.
    SearcherSlot slot(m_corpus, m_options);
    auto ranking = searchWith(slot, spec, query, k, tieRanks);
    ++m_built;
    return ranking;
}

std::size_t CellRanker::searchersBuilt() const
{
    const std::lock_guard lock(m_mutex);
    return m_built;
}

} // namespace near2
