#pragma once
// One query's results from one cell of the grid (the workbench's "show this configuration's ranking"): the
// cell's searcher is built on the catalog and searched with that query alone.
#include "core/embed/embedding_matrix.h"
#include "core/search/top_k_lists.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <span>
#include <string>

namespace near2 {

class SearcherSlot;

// Keeps the index searchers (HNSW, IVF-PQ, funnels) it built for the last few cells: an analyst clicks
// through queries with one cell selected, and its index is then built once, not on every click. Flat
// searchers are rebuilt (quick, and keeping one would keep a prepared copy of the catalog). One search at a
// time.
class CellRanker
{
public:
    explicit CellRanker(EmbeddingMatrix corpus, std::size_t keptIndexes = 2);
    ~CellRanker();
    CellRanker(const CellRanker&) = delete;
    CellRanker& operator=(const CellRanker&) = delete;

    // `query`: one full-dim query row. The top `k` (one row), ties broken by `tieRanks` as the grid does.
    // Throws InputError for parameters that cannot work on this catalog.
    TopKLists rank(const CellSpec& spec, std::span<const float> query, std::size_t k,
                   std::span<const std::uint32_t> tieRanks);
    std::size_t searchersBuilt() const; // flat ones included

private:
    SearcherSlot& cachedSlot(const CellSpec& spec);

    EmbeddingMatrix m_corpus;
    TradeoffOptions m_options; // FAISS on the CPU, as the grid's default
    std::size_t m_kept;
    mutable std::mutex m_mutex;
    std::list<std::pair<std::string, std::unique_ptr<SearcherSlot>>> m_slots; // most recently used first
    std::size_t m_built = 0;
};

} // namespace near2
