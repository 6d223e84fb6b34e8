#pragma once
// Builds the grid's searchers one at a time and keeps the current one (and its dim's prepared catalog), so
// cells that differ only in search-time parameters share one built index.
#include "core/embed/embedding_matrix.h"
#include "core/tradeoffs/cell_searcher.h"

#include <memory>
#include <string>

namespace near2 {

class SearcherSlot
{
public:
    // `corpus` and `options` must outlive the slot.
    SearcherSlot(const EmbeddingMatrix& corpus, const TradeoffOptions& options);

    // The searcher for `spec`, built when its build key differs from the current one; `buildSeconds` is the
    // time its build took.
    CellSearcher& get(const CellSpec& spec, double& buildSeconds);

private:
    std::unique_ptr<CellSearcher> build(const CellSpec& spec) const;

    const EmbeddingMatrix& m_corpus;
    const TradeoffOptions& m_options;
    PreparedCatalog m_catalog;
    std::unique_ptr<CellSearcher> m_searcher;
    std::string m_key;
    double m_buildSeconds = 0;
};

} // namespace near2
