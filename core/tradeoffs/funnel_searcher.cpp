// Funnel retrieval (Matryoshka adaptive retrieval): an exact flat search at the first stage's dim, then
// each later stage re-ranks the previous shortlist with the vectors of its own dim.
#include "core/search/prefix_norms.h"
#include "core/tradeoffs/cell_searcher.h"

#include <faiss/IndexFlat.h>

namespace near2 {

namespace {

class FunnelSearcher : public CellSearcher
{
public:
    FunnelSearcher(const FunnelSpec& funnel, const EmbeddingMatrix& corpus)
        : m_funnel(funnel), m_first(funnel.stages.front().dim)
    {
        const std::size_t rows = corpus.rows();
        for (const auto& stage : funnel.stages) {
            auto& catalog = m_catalogs.emplace_back();
            catalog.dim = stage.dim;
            catalog.rows = rows;
            catalog.vectors.resize(rows * static_cast<std::size_t>(stage.dim));
            normalizePrefixes(corpus, stage.dim, catalog.vectors.data());
        }
        m_first.add(static_cast<faiss::Index::idx_t>(rows), m_catalogs.front().vectors.data());
        m_catalogs.front().vectors = {}; // the flat index holds its own copy
    }

    void search(const float* queries, std::size_t count, std::size_t rowStride, std::size_t k, float* scores,
                std::int64_t* labels) const override
    {
        const std::size_t rows = m_catalogs.front().rows;
        std::size_t width =
            std::min<std::size_t>(rows, static_cast<std::size_t>(m_funnel.stages.front().keep));
        std::vector<float> stageScores(count * width);
        std::vector<std::int64_t> stageLabels(count * width);
        {
            const int dim = m_funnel.stages.front().dim;
            std::vector<float> needles(count * static_cast<std::size_t>(dim));
            normalizePrefixes(queries, count, rowStride, dim, needles.data());
            m_first.search(static_cast<faiss::Index::idx_t>(count), needles.data(),
                           static_cast<faiss::Index::idx_t>(width), stageScores.data(),
                           reinterpret_cast<faiss::Index::idx_t*>(stageLabels.data()));
        }
        for (std::size_t s = 1; s < m_funnel.stages.size(); ++s) {
            const auto& catalog = m_catalogs[s];
            const auto d = static_cast<std::size_t>(catalog.dim);
            const std::size_t keep = std::min(width, static_cast<std::size_t>(m_funnel.stages[s].keep));
            std::vector<float> nextScores(count * keep);
            std::vector<std::int64_t> nextLabels(count * keep);
#pragma omp parallel for schedule(dynamic, 16) if (count > 1)
            for (std::size_t q = 0; q < count; ++q) {
                std::vector<float> needle(d);
                normalizePrefixes(queries + q * rowStride, 1, rowStride, catalog.dim, needle.data());
                rescoreCandidates(needle.data(), catalog.vectors.data(), catalog.dim,
                                  stageLabels.data() + q * width, width, keep, nextScores.data() + q * keep,
                                  nextLabels.data() + q * keep);
            }
            stageScores = std::move(nextScores);
            stageLabels = std::move(nextLabels);
            width = keep;
        }
        for (std::size_t q = 0; q < count; ++q)
            for (std::size_t r = 0; r < k; ++r) {
                scores[q * k + r] = r < width ? stageScores[q * width + r] : -1e30f;
                labels[q * k + r] = r < width ? stageLabels[q * width + r] : -1;
            }
    }

    // Exact: every stage's vectors as held here (a nested layout would hold only the last dim's).
    std::size_t memoryBytes() const override
    {
        std::size_t bytes = m_first.codes.size();
        for (const auto& catalog : m_catalogs)
            bytes += catalog.vectors.size() * sizeof(float);
        return bytes;
    }

private:
    FunnelSpec m_funnel;
    std::vector<PreparedCatalog> m_catalogs;
    faiss::IndexFlatIP m_first;
};

} // namespace

std::unique_ptr<CellSearcher> buildFunnelSearcher(const FunnelSpec& funnel, const EmbeddingMatrix& corpus)
{
    return std::make_unique<FunnelSearcher>(funnel, corpus);
}

} // namespace near2
