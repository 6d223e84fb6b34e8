#include "core/tradeoffs/searcher_slot.h"

#include "core/search/faiss_per_dim.h"
#include "core/tradeoffs/tradeoff_cells.h"

#include <chrono>

namespace near2 {

SearcherSlot::SearcherSlot(const EmbeddingMatrix& corpus, const TradeoffOptions& options)
    : m_corpus(corpus), m_options(options)
{
}

CellSearcher& SearcherSlot::get(const CellSpec& spec, double& buildSeconds)
{
    const std::string key = buildKey(spec);
    if (key != m_key) {
        m_searcher.reset();
        if (spec.index != IndexKind::Funnel && m_catalog.dim != spec.dim)
            m_catalog = PreparedCatalog{spec.dim, m_corpus.rows(), truncateAndNormalize(m_corpus, spec.dim)};
        const auto start = std::chrono::steady_clock::now();
        m_searcher = build(spec);
        m_buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        m_key = key;
    }
    buildSeconds = m_buildSeconds;
    return *m_searcher;
}

std::unique_ptr<CellSearcher> SearcherSlot::build(const CellSpec& spec) const
{
    if (spec.index == IndexKind::Funnel)
        return buildFunnelSearcher(spec.funnel, m_corpus);
    const bool torchFlat = m_options.flatEngine == FlatEngine::Torch && spec.index == IndexKind::Flat &&
                           (spec.precision == Precision::Fp32 || spec.precision == Precision::Fp16);
    if (torchFlat)
        return buildTorchFlatSearcher(spec, m_catalog, m_options.device);
    return buildFaissSearcher(spec, m_catalog);
}

} // namespace near2
