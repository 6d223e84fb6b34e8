#include "core/search/sweep_torch.h"

#include "core/search/candidates.h"
#include "core/search/prefix_norms.h"

#include <torch/torch.h>

namespace near2 {

namespace {

torch::Tensor toDevice(const EmbeddingMatrix& matrix, const torch::Device& device)
{
    const auto view = torch::from_blob(const_cast<float*>(matrix.data()),
                                       {static_cast<long>(matrix.rows()), static_cast<long>(matrix.dim())});
    return view.to(device);
}

// 1/‖prefix‖ for every dim (rows of the result), computed where the vectors live; sums of squares in double
// as inversePrefixNorms does on the CPU, 0 for an all-zero prefix.
torch::Tensor inversePrefixNormsOf(const torch::Tensor& rows, const std::vector<int>& dims)
{
    const auto squares = rows.to(torch::kFloat64).square();
    std::vector<torch::Tensor> segments;
    int start = 0;
    for (const int dim : dims) {
        segments.push_back(squares.narrow(1, start, dim - start).sum(1));
        start = dim;
    }
    const auto sums = torch::stack(segments).cumsum(0);
    return sums.rsqrt().masked_fill(sums == 0, 0.0).to(torch::kFloat32);
}

// A GPU wants few, large launches: a whole block of queries against wide catalog tiles (about 256 MB of
// scores per tile); the CPU engine keeps the caller's block sizes.
struct TorchBlocks
{
    long queries;
    long docs;
};

TorchBlocks blocksFor(const SweepOptions& options, const torch::Device& device)
{
    const auto queries = static_cast<long>(options.queryBlock > 0 ? options.queryBlock : 256);
    const auto docs = static_cast<long>(options.docTile);
    if (device.is_cuda())
        return {std::max(queries, 1024L), std::max(docs, 65536L)};
    return {queries, std::max(docs, 8192L)};
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

// NonFiniteRow for the first row of `tile` (catalog rows from `first`) with a NaN or infinity in its
// first `depth` values.
void throwOnNonFinite(const torch::Tensor& tile, int depth, long first)
{
    const auto finite = torch::isfinite(tile.narrow(1, 0, depth)).all(1);
    if (finite.all().item<bool>())
        return;
    const auto bad = torch::logical_not(finite).nonzero();
    throw NonFiniteRow(static_cast<std::size_t>(first + bad[0][0].item<long>()));
}

// Writes a block's best lists (scores and catalog rows on the device) as rows [q0, …) of `lists`.
void writeLists(const torch::Tensor& bestScores, const torch::Tensor& bestDocs, long q0,
                std::span<const std::uint32_t> tieRanks, TopKLists& lists)
{
    const auto scoresOnCpu = bestScores.to(torch::kCPU).contiguous();
    const auto docsOnCpu = bestDocs.to(torch::kCPU).contiguous();
    const auto scores = scoresOnCpu.accessor<float, 2>();
    const auto docs = docsOnCpu.accessor<long, 2>();
    std::vector<Candidate> pool(static_cast<std::size_t>(scores.size(1)));
    for (long r = 0; r < scores.size(0); ++r) {
        for (long j = 0; j < scores.size(1); ++j) {
            const auto doc = static_cast<std::int32_t>(docs[r][j]);
            pool[static_cast<std::size_t>(j)] = {scores[r][j], tieRanks[static_cast<std::size_t>(doc)], doc};
        }
        const auto at = static_cast<std::size_t>(q0 + r) * lists.k;
        writeBest(pool, lists.k, lists.docs.data() + at, lists.scores.data() + at);
    }
}

} // namespace

// Tiles of the catalog in the outer loop (it is read once, front to back, converted to float32 a tile at a
// time and copied to the device), every query block in the inner one.
SweepResult sweepTopKWithTorch(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                               std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                               const JobControl& job)
{
    const torch::Device device(options.device);
    const auto& dims = options.dims;
    const auto q = toDevice(queries, device);
    const auto queryInverse = inversePrefixNormsOf(q, dims);
    const long docCount = static_cast<long>(corpus.rows());
    const long k = static_cast<long>(std::min(options.k, corpus.rows()));
    const auto [queryBlock, tileRows] = blocksFor(options, device);
    const long queryCount = static_cast<long>(queries.rows());
    const long blockCount = (queryCount + queryBlock - 1) / queryBlock;

    // [block][dimIndex]: the best k so far
    std::vector<std::vector<torch::Tensor>> bestScores(static_cast<std::size_t>(blockCount),
                                                       std::vector<torch::Tensor>(dims.size()));
    auto bestDocs = bestScores;
    std::vector<float> scratch;
    for (long t0 = 0; t0 < docCount; t0 += tileRows) {
        job.checkCancelled();
        const long n = std::min(tileRows, docCount - t0);
        const auto first = static_cast<std::size_t>(t0);
        corpus.willRead(first + static_cast<std::size_t>(n),
                        static_cast<std::size_t>(std::min(tileRows, docCount - t0 - n)));
        const float* hostRows = corpus.floatRows(first, static_cast<std::size_t>(n), scratch);
        const auto tile =
            torch::from_blob(const_cast<float*>(hostRows), {n, static_cast<long>(corpus.dim())}).to(device);
        const auto tileInverse = inversePrefixNormsOf(tile, dims);
        throwOnNonFinite(tile, dims.back(), t0);
        for (long b = 0; b < blockCount; ++b) {
            const long q0 = b * queryBlock;
            const long rows = std::min(queryBlock, queryCount - q0);
            const auto block = q.narrow(0, q0, rows);
            auto& scores = bestScores[static_cast<std::size_t>(b)];
            auto& docs = bestDocs[static_cast<std::size_t>(b)];
            torch::Tensor dots;
            int start = 0;
            for (std::size_t i = 0; i < dims.size(); ++i) {
                const long d = static_cast<long>(i);
                const auto queryPart = block.narrow(1, start, dims[i] - start);
                const auto tilePart = tile.narrow(1, start, dims[i] - start).t();
                if (i == 0)
                    dots = torch::mm(queryPart, tilePart);
                else
                    dots.addmm_(queryPart, tilePart);
                // A query's own 1/‖prefix‖ scales its whole row and cannot change its order: applied to the k
                // survivors only, it saves a pass over the tile.
                const auto [best, positions] = (dots * tileInverse[d].unsqueeze(0)).topk(std::min(k, n), 1);
                const auto tileScores = best * queryInverse[d].narrow(0, q0, rows).unsqueeze(1);
                mergeInto(scores[i], docs[i], tileScores, positions + t0, k);
                start = dims[i];
            }
        }
        corpus.doneReading(first, static_cast<std::size_t>(n));
        job.report("sweep", t0 + n, docCount);
    }

    SweepResult result = paddedSweepResult(dims, queries.rows(), static_cast<std::size_t>(k));
    for (long b = 0; b < blockCount; ++b)
        for (std::size_t i = 0; i < dims.size(); ++i)
            writeLists(bestScores[static_cast<std::size_t>(b)][i], bestDocs[static_cast<std::size_t>(b)][i],
                       b * queryBlock, tieRanks, result.perDim[i]);
    return result;
}

} // namespace near2
