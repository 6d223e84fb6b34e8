#pragma once
// One built index of the grid, behind an interface free of FAISS/LibTorch types. Searchers take raw query
// rows of the full dimension and truncate/normalise them to their own dim, so every cell times the same work.
#include "core/embed/embedding_matrix.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace near2 {

class CellSearcher
{
public:
    virtual ~CellSearcher() = default;
    // Top `k` of each of `count` query rows (stride `rowStride` floats): scores higher = better, labels are
    // catalog rows (-1 when fewer results). Outputs hold count × k values.
    virtual void search(const float* queries, std::size_t count, std::size_t rowStride, std::size_t k,
                        float* scores, std::int64_t* labels) const = 0;
    // Bytes the index holds in memory (its FAISS serialisation, or exact for the others).
    virtual std::size_t memoryBytes() const = 0;
    virtual std::string device() const { return "cpu"; }
    // Index parameters applied at search time (efSearch, nprobe), without a rebuild.
    virtual void setSearchParams(const CellSpec& /*spec*/) {}
};

// The catalog of one dim, truncated and re-normalised: rows × dim, contiguous.
struct PreparedCatalog
{
    int dim = 0;
    std::size_t rows = 0;
    std::vector<float> vectors;
};

// FAISS indexes for every precision × flat/hnsw/ivfpq cell; `catalog` must outlive the searcher
// (binary+rescore re-scores with it). Build parameters come from `spec`.
std::unique_ptr<CellSearcher> buildFaissSearcher(const CellSpec& spec, const PreparedCatalog& catalog);
// Flat fp32/fp16 on LibTorch (`device` "cpu" or "cuda").
std::unique_ptr<CellSearcher> buildTorchFlatSearcher(const CellSpec& spec, const PreparedCatalog& catalog,
                                                     const std::string& device);
// A funnel over the full-dim catalog rows.
std::unique_ptr<CellSearcher> buildFunnelSearcher(const FunnelSpec& funnel, const EmbeddingMatrix& corpus);

// Exact re-scoring: keeps the best `k` of `candidates` (labels, -1 skipped) by inner product of `query`
// (unit, dim) with `catalog` rows (unit, dim). Writes k scores/labels, padded with -inf/-1.
void rescoreCandidates(const float* query, const float* catalog, int dim, const std::int64_t* candidates,
                       std::size_t candidateCount, std::size_t k, float* scores, std::int64_t* labels);

} // namespace near2
