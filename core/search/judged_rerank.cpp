#include "core/search/judged_rerank.h"

#include "core/search/candidates.h"
#include "core/search/prefix_norms.h"

namespace near2 {

SweepResult rankCandidates(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                           const std::vector<std::vector<std::int32_t>>& candidates,
                           std::span<const std::uint32_t> tieRanks, const std::vector<int>& dims,
                           std::size_t k)
{
    const auto queryInverse = inversePrefixNorms(queries, dims);
    SweepResult result = paddedSweepResult(dims, queries.rows(), k);
    // Only the judged rows are read (any element type), each with its own prefix norms.
    std::vector<float> queryRows(queries.rows() * queries.dim());
    queries.copyFloatRows(0, queries.rows(), queryRows.data());
    FirstNonFiniteRow firstBad;
#pragma omp parallel for schedule(dynamic, 16)
    for (std::size_t q = 0; q < queries.rows(); ++q) {
        const float* query = queryRows.data() + q * queries.dim();
        std::vector<float> product(corpus.dim()), inverse(dims.size());
        std::vector<float*> inverseOut;
        for (float& value : inverse)
            inverseOut.push_back(&value);
        std::vector<std::vector<Candidate>> perDim(dims.size());
        for (const std::int32_t doc : candidates[q]) {
            corpus.copyFloatRows(static_cast<std::size_t>(doc), 1, product.data());
            if (inversePrefixNormsOfRows(product.data(), 1, corpus.dim(), dims, inverseOut.data()) == 0) {
                firstBad.note(static_cast<std::size_t>(doc));
                continue;
            }
            double dot = 0.0;
            int done = 0;
            for (std::size_t i = 0; i < dims.size(); ++i) {
                for (; done < dims[i]; ++done)
                    dot += static_cast<double>(query[done]) * product[done];
                const auto score = static_cast<float>(dot * queryInverse[i][q] * inverse[i]);
                perDim[i].push_back({score, tieRanks[static_cast<std::size_t>(doc)], doc});
            }
        }
        for (std::size_t i = 0; i < dims.size(); ++i) {
            TopKLists& lists = result.perDim[i];
            writeBest(perDim[i], k, lists.docs.data() + q * k, lists.scores.data() + q * k);
        }
    }
    firstBad.throwIfAny();
    return result;
}

} // namespace near2
