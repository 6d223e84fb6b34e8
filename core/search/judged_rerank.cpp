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
    const auto corpusInverse = inversePrefixNorms(corpus, dims);
    SweepResult result = paddedSweepResult(dims, queries.rows(), k);
#pragma omp parallel for schedule(dynamic, 16)
    for (std::size_t q = 0; q < queries.rows(); ++q) {
        const float* query = queries.row(q).data();
        std::vector<std::vector<Candidate>> perDim(dims.size());
        for (const std::int32_t doc : candidates[q]) {
            const float* product = corpus.row(static_cast<std::size_t>(doc)).data();
            double dot = 0.0;
            int done = 0;
            for (std::size_t i = 0; i < dims.size(); ++i) {
                for (; done < dims[i]; ++done)
                    dot += static_cast<double>(query[done]) * product[done];
                const auto score = static_cast<float>(dot * queryInverse[i][q] *
                                                      corpusInverse[i][static_cast<std::size_t>(doc)]);
                perDim[i].push_back({score, tieRanks[static_cast<std::size_t>(doc)], doc});
            }
        }
        for (std::size_t i = 0; i < dims.size(); ++i) {
            TopKLists& lists = result.perDim[i];
            writeBest(perDim[i], k, lists.docs.data() + q * k, lists.scores.data() + q * k);
        }
    }
    return result;
}

} // namespace near2
