// Binary FAISS indexes for the grid's cells: sign bits searched by Hamming distance (flat or HNSW), and
// binary shortlists re-scored with the fp32 vectors.
#include "core/tradeoffs/faiss_searcher_parts.h"

#include <algorithm>
#include <faiss/IndexBinaryFlat.h>
#include <faiss/IndexBinaryHNSW.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

namespace near2::faiss_parts {

namespace {

using FaissId = faiss::Index::idx_t;

// Sign bits of unit vectors, bit j of byte j/8 set when component j is positive.
std::vector<std::uint8_t> signBits(const float* vectors, std::size_t count, int dim)
{
    const auto bytes = static_cast<std::size_t>(dim) / 8;
    std::vector<std::uint8_t> codes(count * bytes, 0);
#pragma omp parallel for schedule(static) if (count > 256)
    for (std::size_t r = 0; r < count; ++r)
        for (std::size_t j = 0; j < static_cast<std::size_t>(dim); ++j)
            if (vectors[r * static_cast<std::size_t>(dim) + j] > 0.0f)
                codes[r * bytes + j / 8] |= static_cast<std::uint8_t>(1u << (j % 8));
    return codes;
}

class BinarySearcher : public CellSearcher
{
public:
    BinarySearcher(std::unique_ptr<faiss::IndexBinary> index, int dim) : m_index(std::move(index)), m_dim(dim)
    {
    }

    void search(const float* queries, std::size_t count, std::size_t rowStride, std::size_t k, float* scores,
                std::int64_t* labels) const override
    {
        const auto needles = normalizedQueries(queries, count, rowStride, m_dim);
        const auto codes = signBits(needles.data(), count, m_dim);
        std::vector<std::int32_t> hamming(count * k);
        m_index->search(static_cast<FaissId>(count), codes.data(), static_cast<FaissId>(k), hamming.data(),
                        reinterpret_cast<FaissId*>(labels));
        // 1 − 2h/d: the cosine of the sign vectors, monotone in the Hamming distance.
        for (std::size_t i = 0; i < hamming.size(); ++i)
            scores[i] = 1.0f - 2.0f * static_cast<float>(hamming[i]) / static_cast<float>(m_dim);
    }

    std::size_t memoryBytes() const override
    {
        if (const auto* flat = dynamic_cast<const faiss::IndexBinaryFlat*>(m_index.get()))
            return flat->xb.size();
        faiss::VectorIOWriter writer;
        faiss::write_index_binary(m_index.get(), &writer);
        return writer.data.size();
    }

    void setSearchParams(const CellSpec& spec) override
    {
        if (auto* hnsw = dynamic_cast<faiss::IndexBinaryHNSW*>(m_index.get()))
            hnsw->hnsw.efSearch = spec.hnsw.efSearch;
    }

private:
    std::unique_ptr<faiss::IndexBinary> m_index;
    int m_dim;
};

// The binary index yields rescore × k candidates; the fp32 vectors of the dim pick the best k.
class RescoreSearcher : public CellSearcher
{
public:
    RescoreSearcher(std::unique_ptr<CellSearcher> shortlist, const PreparedCatalog& catalog, int rescore)
        : m_shortlist(std::move(shortlist)), m_catalog(catalog), m_rescore(static_cast<std::size_t>(rescore))
    {
    }

    void search(const float* queries, std::size_t count, std::size_t rowStride, std::size_t k, float* scores,
                std::int64_t* labels) const override
    {
        const std::size_t depth = std::min(m_catalog.rows, m_rescore * k);
        std::vector<float> shortScores(count * depth);
        std::vector<std::int64_t> shortLabels(count * depth);
        m_shortlist->search(queries, count, rowStride, depth, shortScores.data(), shortLabels.data());
        const auto needles = normalizedQueries(queries, count, rowStride, m_catalog.dim);
        const auto d = static_cast<std::size_t>(m_catalog.dim);
#pragma omp parallel for schedule(dynamic, 16) if (count > 1)
        for (std::size_t q = 0; q < count; ++q)
            rescoreCandidates(needles.data() + q * d, m_catalog.vectors.data(), m_catalog.dim,
                              shortLabels.data() + q * depth, depth, k, scores + q * k, labels + q * k);
    }

    // What a deployment holds: the binary index and the float32 vectors the re-scoring reads.
    std::size_t memoryBytes() const override
    {
        return m_shortlist->memoryBytes() + m_catalog.rows * static_cast<std::size_t>(m_catalog.dim) * 4;
    }
    void setSearchParams(const CellSpec& spec) override
    {
        m_shortlist->setSearchParams(spec);
    }

private:
    std::unique_ptr<CellSearcher> m_shortlist;
    const PreparedCatalog& m_catalog;
    std::size_t m_rescore;
};

} // namespace

std::unique_ptr<CellSearcher> buildBinarySearcher(const CellSpec& spec, const PreparedCatalog& catalog)
{
    const int dim = catalog.dim;
    const auto rows = static_cast<FaissId>(catalog.rows);
    std::unique_ptr<faiss::IndexBinary> index;
    if (spec.index == IndexKind::Hnsw) {
        auto hnsw = std::make_unique<faiss::IndexBinaryHNSW>(dim, spec.hnsw.m);
        hnsw->hnsw.efConstruction = spec.hnsw.efConstruction;
        index = std::move(hnsw);
    } else {
        index = std::make_unique<faiss::IndexBinaryFlat>(dim);
    }
    index->add(rows, signBits(catalog.vectors.data(), catalog.rows, dim).data());
    auto searcher = std::make_unique<BinarySearcher>(std::move(index), dim);
    searcher->setSearchParams(spec);
    if (spec.precision == Precision::Binary)
        return searcher;
    return std::make_unique<RescoreSearcher>(std::move(searcher), catalog, spec.rescore);
}

} // namespace near2::faiss_parts
