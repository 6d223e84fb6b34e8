#include "core/search/sweep_torch.h"

#include <torch/torch.h>

#include "core/search/candidates.h"
#include "core/search/prefix_norms.h"

namespace near2 {

namespace {

torch::Tensor toDevice(const EmbeddingMatrix& matrix, const torch::Device& device)
{
    const auto view = torch::from_blob(const_cast<float*>(matrix.data()),
                                       {static_cast<long>(matrix.rows()), static_cast<long>(matrix.dim())});
    return view.to(device);
}

torch::Tensor inverseNormsOnDevice(const EmbeddingMatrix& matrix, const std::vector<int>& dims,
                                   const torch::Device& device)
{
    const auto inverse = inversePrefixNorms(matrix, dims);
    auto tensor = torch::empty({static_cast<long>(dims.size()), static_cast<long>(matrix.rows())});
    for (std::size_t i = 0; i < dims.size(); ++i)
        std::copy(inverse[i].begin(), inverse[i].end(), tensor[static_cast<long>(i)].data_ptr<float>());
    return tensor.to(device);
}

// Keeps the best `k` of (running ∪ tile) per row.
void mergeInto(torch::Tensor& bestScores, torch::Tensor& bestDocs, const torch::Tensor& scores,
               const torch::Tensor& docs, long k)
{
    const auto allScores = bestScores.defined() ? torch::cat({bestScores, scores}, 1) : scores;
    const auto allDocs = bestDocs.defined() ? torch::cat({bestDocs, docs}, 1) : docs;
    const auto [top, positions] = allScores.topk(std::min<long>(k, allScores.size(1)), 1);
    bestScores = top;
    bestDocs = allDocs.gather(1, positions);
}

} // namespace

SweepResult sweepTopKWithTorch(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                               std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                               const JobControl& job)
{
    const torch::Device device(options.device);
    const auto& dims = options.dims;
    const auto q = toDevice(queries, device);
    const auto c = toDevice(corpus, device);
    const auto queryInverse = inverseNormsOnDevice(queries, dims, device);
    const auto corpusInverse = inverseNormsOnDevice(corpus, dims, device);
    const long docCount = static_cast<long>(corpus.rows());
    const long k = static_cast<long>(std::min(options.k, corpus.rows()));
    const long tileRows = static_cast<long>(std::max<std::size_t>(options.docTile, 8192));

    SweepResult result;
    result.dims = dims;
    result.perDim.assign(dims.size(), TopKLists(queries.rows(), options.k));
    const long queryCount = static_cast<long>(queries.rows());
    const auto total = static_cast<std::int64_t>(((queryCount + static_cast<long>(options.queryBlock) - 1) /
                                                  static_cast<long>(options.queryBlock)) * docCount);
    std::int64_t done = 0;
    for (long q0 = 0; q0 < queryCount; q0 += static_cast<long>(options.queryBlock)) {
        const long rows = std::min<long>(static_cast<long>(options.queryBlock), queryCount - q0);
        const auto block = q.narrow(0, q0, rows);
        std::vector<torch::Tensor> bestScores(dims.size()), bestDocs(dims.size());
        for (long t0 = 0; t0 < docCount; t0 += tileRows) {
            job.checkCancelled();
            const long n = std::min(tileRows, docCount - t0);
            const auto tile = c.narrow(0, t0, n);
            auto dots = torch::zeros({rows, n}, q.options());
            int start = 0;
            for (std::size_t i = 0; i < dims.size(); ++i) {
                const long d = static_cast<long>(i);
                dots.addmm_(block.narrow(1, start, dims[i] - start), tile.narrow(1, start, dims[i] - start).t());
                const auto cosine = dots * queryInverse[d].narrow(0, q0, rows).unsqueeze(1) *
                                    corpusInverse[d].narrow(0, t0, n).unsqueeze(0);
                const auto [scores, positions] = cosine.topk(std::min(k, n), 1);
                mergeInto(bestScores[i], bestDocs[i], scores, positions + t0, k);
                start = dims[i];
            }
            done += n;
            job.report("sweep", done, total);
        }
        for (std::size_t i = 0; i < dims.size(); ++i) {
            const auto scoresOnCpu = bestScores[i].to(torch::kCPU).contiguous();
            const auto docsOnCpu = bestDocs[i].to(torch::kCPU).contiguous();
            const auto scores = scoresOnCpu.accessor<float, 2>();
            const auto docs = docsOnCpu.accessor<long, 2>();
            TopKLists& lists = result.perDim[i];
            std::vector<Candidate> pool(static_cast<std::size_t>(scores.size(1)));
            for (long r = 0; r < rows; ++r) {
                for (long j = 0; j < scores.size(1); ++j) {
                    const auto doc = static_cast<std::int32_t>(docs[r][j]);
                    pool[static_cast<std::size_t>(j)] = {scores[r][j], tieRanks[static_cast<std::size_t>(doc)], doc};
                }
                const auto at = static_cast<std::size_t>(q0 + r) * lists.k;
                writeBest(pool, lists.k, lists.docs.data() + at, lists.scores.data() + at);
            }
        }
    }
    return result;
}

} // namespace near2
