#pragma once
// The catalog in nested blocks for single-query ranking at any dim: for each segment [d_{i-1}, d_i) of the
// nested dims, a rows × (d_i − d_{i-1}) row-major block, so that a scan at dim d reads only 4·d bytes per
// product (a row-major matrix drags every row's cache lines at any prefix). Beside it an int8 copy
// (core/search/quantised_blocks.h) for a first pass that bounds every row's score and leaves only the rows
// that may reach the top k to the exact fp32 pass: same result, a quarter of the bytes.
// The arrays live in one buffer (nested_sections.h): built in memory, or mapped from a cache file that
// nested_layout_cache.h writes once per catalog. Immutable, so any number of threads may rank on it at once.
#include "core/embed/embedding_matrix.h"
#include "core/search/candidates.h"
#include "core/search/nested_sections.h"
#include "core/search/quantised_blocks.h"
#include "core/util/progress.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace near2 {

// What one topK call read, for benchmarks.
struct ScanReport
{
    bool quantisedPass = false;   // the int8 first pass ran (else one exact fp32 scan)
    std::size_t rescoredRows = 0; // rows scored exactly after the int8 pass
    std::size_t bytesRead = 0;    // catalog bytes read by both passes together
};

class NestedLayout
{
public:
    NestedLayout() = default;
    // Built in memory. `dims`: the nested dims (sorted and clipped to the matrix's dim; the full dim is
    // always added).
    NestedLayout(const EmbeddingMatrix& matrix, std::vector<int> dims, const JobControl& job = {});
    // A view of arrays already written for `sections` at `base` (writeNestedArrays), kept valid by `owner`.
    NestedLayout(std::shared_ptr<const void> owner, const std::byte* base, const NestedSections& sections);

    std::size_t rows() const { return m_rows; }
    std::size_t dim() const { return m_dims.empty() ? 0 : static_cast<std::size_t>(m_dims.back()); }
    const std::vector<int>& dims() const { return m_dims; }

    // The best k rows for `query` by cosine of the `dim`-dim prefixes (any dim in 1..dim(), nested or not),
    // best first, ties to the higher tieRanks[row] (trec_eval order) or else to the lower row. Uses up to
    // `threads` threads (0: all hardware threads).
    // `report`, when given, says which passes ran and how many bytes they read.
    std::vector<Candidate> topK(std::span<const float> query, int dim, std::size_t k,
                                std::span<const std::uint32_t> tieRanks = {}, unsigned threads = 0,
                                ScanReport* report = nullptr) const;
    // The same ranking by the exact fp32 scan of every row alone (the reference for tests and benchmarks).
    std::vector<Candidate> topKByFullScan(std::span<const float> query, int dim, std::size_t k,
                                          std::span<const std::uint32_t> tieRanks = {}, unsigned threads = 0,
                                          ScanReport* report = nullptr) const;

    // Extra memory of the int8 copy, per product.
    std::size_t quantisedBytesPerRow() const
    {
        return QuantisedBlocks::bytesPerRow(static_cast<int>(dim()), m_dims.size());
    }
    const QuantisedBlocks& quantised() const { return m_quantised; }

private:
    struct InMemoryArrays;
    static InMemoryArrays buildInMemory(const EmbeddingMatrix& matrix, std::vector<int> dims,
                                        const JobControl& job);
    explicit NestedLayout(InMemoryArrays arrays);

    int clampedDim(std::span<const float> query, int dim) const;
    static float queryScale(std::span<const float> query, int dim);
    float inverseNormAt(int dim, std::size_t row) const;
    std::vector<Candidate> scoreRows(const float* query, int dim, float scale,
                                     std::span<const std::uint32_t> rows, std::size_t k,
                                     std::span<const std::uint32_t> tieRanks) const;
    void scanRows(const float* query, int dim, float scale, std::size_t first, std::size_t last,
                  std::size_t k, std::span<const std::uint32_t> tieRanks, std::vector<Candidate>& out) const;

    std::shared_ptr<const void> m_owner; // the buffer the arrays live in
    std::size_t m_rows = 0;
    std::vector<int> m_dims;                 // segment ends
    std::vector<const float*> m_blocks;      // [segment] rows × width
    std::vector<const float*> m_squaredNorm; // [segment] ||row[:dims[segment]]||²
    std::vector<const float*> m_inverseNorm; // [segment] 1 / ||row[:dims[segment]]|| (0 for a zero prefix)
    QuantisedBlocks m_quantised;
};

} // namespace near2
