// Float FAISS indexes for the grid's cells: flat, HNSW, scalar quantizers (fp16, int8) and IVF-PQ.
#include "core/tradeoffs/faiss_searcher_parts.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIVFPQ.h>
#include <faiss/IndexScalarQuantizer.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

namespace near2::faiss_parts {

namespace {

using FaissId = faiss::Index::idx_t;

class FloatIndexSearcher : public CellSearcher
{
public:
    FloatIndexSearcher(std::unique_ptr<faiss::Index> index, int dim) : m_index(std::move(index)), m_dim(dim)
    {
    }

    void search(const float* queries, std::size_t count, std::size_t rowStride, std::size_t k, float* scores,
                std::int64_t* labels) const override
    {
        const auto needles = normalizedQueries(queries, count, rowStride, m_dim);
        static_assert(sizeof(FaissId) == sizeof(std::int64_t));
        m_index->search(static_cast<FaissId>(count), needles.data(), static_cast<FaissId>(k), scores,
                        reinterpret_cast<FaissId*>(labels));
    }

    std::size_t memoryBytes() const override
    {
        if (const auto* flat = dynamic_cast<const faiss::IndexFlatCodes*>(m_index.get()))
            return flat->codes.size(); // exact: the codes are all a flat index holds, beside a few fields
        faiss::VectorIOWriter writer;
        faiss::write_index(m_index.get(), &writer);
        return writer.data.size();
    }

    void setSearchParams(const CellSpec& spec) override
    {
        if (auto* hnsw = dynamic_cast<faiss::IndexHNSW*>(m_index.get()))
            hnsw->hnsw.efSearch = spec.hnsw.efSearch;
        if (auto* ivf = dynamic_cast<faiss::IndexIVF*>(m_index.get()))
            ivf->nprobe = static_cast<std::size_t>(spec.ivfpq.nprobe);
    }

private:
    std::unique_ptr<faiss::Index> m_index;
    int m_dim;
};

std::unique_ptr<faiss::Index> floatIndex(const CellSpec& spec, int dim)
{
    const auto metric = faiss::METRIC_INNER_PRODUCT;
    if (spec.index == IndexKind::IvfPq) {
        auto index = std::make_unique<faiss::IndexIVFPQ>(new faiss::IndexFlatIP(dim), dim, spec.ivfpq.nlist,
                                                         spec.ivfpq.m, spec.ivfpq.bits, metric);
        index->own_fields = true;
        return index;
    }
    const bool hnsw = spec.index == IndexKind::Hnsw;
    if (spec.precision == Precision::Fp32) {
        if (hnsw)
            return std::make_unique<faiss::IndexHNSWFlat>(dim, spec.hnsw.m, metric);
        return std::make_unique<faiss::IndexFlatIP>(dim);
    }
    const auto type =
        spec.precision == Precision::Fp16 ? faiss::ScalarQuantizer::QT_fp16 : faiss::ScalarQuantizer::QT_8bit;
    if (hnsw)
        return std::make_unique<faiss::IndexHNSWSQ>(dim, type, spec.hnsw.m, metric);
    return std::make_unique<faiss::IndexScalarQuantizer>(dim, type, metric);
}

} // namespace

std::unique_ptr<CellSearcher> buildFloatSearcher(const CellSpec& spec, const PreparedCatalog& catalog)
{
    const int dim = catalog.dim;
    const auto rows = static_cast<FaissId>(catalog.rows);
    auto index = floatIndex(spec, dim);
    if (auto* hnsw = dynamic_cast<faiss::IndexHNSW*>(index.get()))
        hnsw->hnsw.efConstruction = spec.hnsw.efConstruction;
    if (auto* ivf = dynamic_cast<faiss::IndexIVF*>(index.get()))
        ivf->cp.verbose = false;
    if (!index->is_trained)
        index->train(rows, catalog.vectors.data());
    index->add(rows, catalog.vectors.data());
    auto searcher = std::make_unique<FloatIndexSearcher>(std::move(index), dim);
    searcher->setSearchParams(spec);
    return searcher;
}

} // namespace near2::faiss_parts
