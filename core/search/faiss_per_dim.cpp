#include "core/search/faiss_per_dim.h"

#include "core/search/candidates.h"
#include "core/search/prefix_norms.h"
#include "core/util/memory_budget.h"

#include <faiss/IndexFlat.h>
#include <fmt/format.h>

namespace near2 {

std::vector<float> truncateAndNormalize(const EmbeddingMatrix& matrix, int dim)
{
    std::vector<float> out(matrix.rows() * static_cast<std::size_t>(dim));
    normalizePrefixes(matrix, dim, out.data());
    return out;
}

void requireFaissReferenceMemory(std::size_t rows, std::size_t largestDim)
{
    requireMemory(2 * static_cast<std::uint64_t>(rows) * largestDim * sizeof(float),
                  fmt::format("the per-dim FAISS reference ({} products × {} dims in float32, twice)", rows,
                              largestDim),
                  "use the sweep, which streams the catalog instead of holding it, or fewer or smaller dims");
}

SweepResult searchPerDimWithFaiss(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                                  std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                                  const JobControl& job)
{
    validateSweepDims(options.dims, corpus.dim());
    SweepResult result;
    result.dims = options.dims;
    const auto k = static_cast<faiss::Index::idx_t>(std::min(options.k, corpus.rows()));
    const auto queryCount = queries.rows();
    for (std::size_t i = 0; i < options.dims.size(); ++i) {
        job.checkCancelled();
        const int dim = options.dims[i];
        faiss::IndexFlatIP index(dim);
        const auto catalog = truncateAndNormalize(corpus, dim);
        index.add(static_cast<faiss::Index::idx_t>(corpus.rows()), catalog.data());
        const auto needles = truncateAndNormalize(queries, dim);
        std::vector<float> distances(queryCount * static_cast<std::size_t>(k));
        std::vector<faiss::Index::idx_t> labels(distances.size());
        if (k > 0)
            index.search(static_cast<faiss::Index::idx_t>(queryCount), needles.data(), k, distances.data(),
                         labels.data());

        TopKLists lists(queryCount, options.k);
        std::vector<Candidate> pool(static_cast<std::size_t>(k));
        for (std::size_t q = 0; q < queryCount; ++q) {
            std::size_t n = 0;
            for (std::size_t r = 0; r < static_cast<std::size_t>(k); ++r) {
                const auto label = labels[q * static_cast<std::size_t>(k) + r];
                if (label < 0)
                    continue;
                pool[n++] = {distances[q * static_cast<std::size_t>(k) + r],
                             tieRanks[static_cast<std::size_t>(label)], static_cast<std::int32_t>(label)};
            }
            writeBest(std::span(pool.data(), n), lists.k, lists.docs.data() + q * lists.k,
                      lists.scores.data() + q * lists.k);
        }
        result.perDim.push_back(std::move(lists));
        job.report("faiss", static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(options.dims.size()));
    }
    return result;
}

} // namespace near2
