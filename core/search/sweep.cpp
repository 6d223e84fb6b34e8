#include "core/search/sweep.h"

#include "core/search/kth_largest.h"
#include "core/search/prefix_norms.h"
#include "core/search/prefix_panels.h"
#include "core/search/register_sweep.h"
#include "core/search/score_scan.h"
#include "core/search/sweep_buffers.h"
#include "core/search/sweep_progress.h"
#include "core/search/sweep_torch.h"
#include "core/util/error.h"
#include "core/util/memory_budget.h"

#include <ATen/Parallel.h>
#include <atomic>
#include <fmt/format.h>
#include <limits>
#include <numeric>
#include <torch/torch.h>

namespace near2 {

namespace {

// Candidate buffers of one pass over the catalog stay under this (the products engine's waves).
constexpr std::size_t kWaveCandidateBytes = std::size_t{256} << 20;
// Tiles per slice of the catalog: what all workers scan before the next slice is read.
constexpr std::size_t kTilesPerSlice = 64;

torch::Tensor viewOf(const EmbeddingMatrix& matrix)
{
    return torch::from_blob(const_cast<float*>(matrix.data()),
                            {static_cast<long>(matrix.rows()), static_cast<long>(matrix.dim())},
                            torch::TensorOptions().dtype(torch::kFloat32));
}

// A wave of query blocks is scanned over the whole catalog together, one slice of the catalog at a time (read
// once per wave, front to back, with read-ahead); each block's worker converts its tiles to float32 where the
// catalog is stored otherwise, and computes their prefix norms. With fewer blocks than workers, each slice is
// split between workers (chunks), which share admission floors.
// Every matrix product has this many query rows, whatever the block size: BLAS picks its kernel (and so the
// order of the additions) by the product's shape, so equal shapes keep the scores bit-identical for any
// number of workers (OpenBLAS's small-matrix kernel on AVX-512 otherwise rounds some blocks differently).
// For the same reason a short tile (the end of a catalog, or of an MPI rank's slice) is padded with zero rows
// to the full tile width: a product's score never depends on where its slice starts.
constexpr long kProductRows = 64;

class FusedSweep
{
public:
    FusedSweep(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
               std::span<const std::uint32_t> tieRanks, const SweepOptions& options, const JobControl& job)
        : m_queries(viewOf(queries)), m_corpus(corpus), m_tieRanks(tieRanks), m_dims(options.dims),
          m_queryInverse(inversePrefixNorms(queries, m_dims)), m_docCount(corpus.rows()),
          m_k(std::min(options.k, corpus.rows())),
          m_blockSize(options.queryBlock > 0 ? options.queryBlock : 256), m_docTile(sweepTileRows(options)),
          m_result(paddedSweepResult(m_dims, queries.rows(), m_k)),
          m_progress(job, static_cast<std::int64_t>(queries.rows() * corpus.rows()))
    {
    }

    SweepResult run()
    {
        const auto queryCount = static_cast<std::size_t>(m_queries.size(0));
        const auto workers = static_cast<std::size_t>(std::max(1, at::get_num_threads()));
        // Workers take whole query blocks when there are enough of them (no merging across workers, no idle
        // worker at a barrier); with few queries, the catalog is split between workers instead.
        m_queryBlock = queryBlockFor(queryCount, workers);
        const std::size_t blockCount = (queryCount + m_queryBlock - 1) / m_queryBlock;
        const std::size_t waveBlocks = waveBlocksFor(workers);
        for (std::size_t first = 0; first < blockCount; first += waveBlocks) {
            const std::size_t blocks = std::min(waveBlocks, blockCount - first);
            const std::size_t chunks = (workers + blocks - 1) / blocks;
            if (chunks > 1 && !m_floors.active())
                m_floors.reset(m_dims.size(), queryCount);
            std::vector<WorkItem> items;
            for (std::size_t b = first; b < first + blocks; ++b)
                for (std::size_t c = 0; c < chunks; ++c)
                    items.push_back(
                        {b * m_queryBlock, std::min(queryCount, (b + 1) * m_queryBlock), c, chunks});
            scanItems(items);
            if (m_progress.cancelled())
                throw CancelledError();
            mergeItems(items);
        }
        return std::move(m_result);
    }

private:
    struct WorkItem
    {
        std::size_t q0, q1, chunk, chunks;
    };
    struct TileScratch
    {
        std::vector<float> rows;
        std::vector<float> padded;
        std::vector<std::vector<float>> inverse; // [dimIndex][row in the tile]
    };

    // With more workers than blocks, smaller blocks let more of them scan whole blocks instead of splitting
    // the catalog (16 cores, 1,000 queries: 8 blocks of 128 beat 4 of 256 split four ways); not under 128
    // queries, where the matrix products lose efficiency.
    std::size_t queryBlockFor(std::size_t queryCount, std::size_t workers) const
    {
        const std::size_t block = m_blockSize;
        if ((queryCount + block - 1) / block >= workers)
            return block;
        return std::clamp<std::size_t>((queryCount + workers - 1) / workers,
                                       std::min<std::size_t>(block, 128), block);
    }

    // As many blocks per pass over the catalog as their candidate buffers allow (a whole number of rounds of
    // workers): 1,000 queries at k = 100 and 8 dims take one pass.
    std::size_t waveBlocksFor(std::size_t workers) const
    {
        const std::size_t perBlock =
            m_queryBlock * m_dims.size() * CandidateBuffer::capacity(m_k) * sizeof(Candidate);
        return std::max<std::size_t>(1, kWaveCandidateBytes / perBlock / workers) * workers;
    }

    void scanItems(const std::vector<WorkItem>& items)
    {
        m_buffers.resize(items.size());
        m_scratch.resize(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            m_buffers[i].reset((items[i].q1 - items[i].q0) * m_dims.size(), m_k, m_docTile);
            m_scratch[i].inverse.assign(m_dims.size(), std::vector<float>(m_docTile));
        }
        const std::size_t sliceRows = m_docTile * kTilesPerSlice;
        for (std::size_t s0 = 0; s0 < m_docCount && !m_progress.cancelled(); s0 += sliceRows) {
            const std::size_t s1 = std::min(m_docCount, s0 + sliceRows);
            m_corpus.willRead(s1, std::min(m_docCount, s1 + sliceRows) - s1);
            at::parallel_for(0, static_cast<std::int64_t>(items.size()), 1,
                             [&](std::int64_t begin, std::int64_t end) {
                                 for (std::int64_t i = begin; i < end; ++i) {
                                     const auto item = static_cast<std::size_t>(i);
                                     scanChunk(items[item], s0, s1, m_buffers[item], m_scratch[item],
                                               at::get_thread_num() == 0);
                                 }
                             });
            m_corpus.doneReading(s0, s1 - s0);
            m_badRow.throwIfAny();
        }
    }

    // The item's chunk of the slice [s0, s1), tile by tile.
    void scanChunk(const WorkItem& item, std::size_t s0, std::size_t s1, WorkerBuffers& buffers,
                   TileScratch& scratch, bool reportsProgress)
    {
        // Chunks of whole tiles: the tiles, and so the products' shapes, are those of one worker.
        const std::size_t tiles = (s1 - s0 + m_docTile - 1) / m_docTile;
        const std::size_t perChunk = (tiles + item.chunks - 1) / item.chunks * m_docTile;
        const std::size_t d0 = std::min(s1, s0 + item.chunk * perChunk);
        const std::size_t d1 = std::min(s1, d0 + perChunk);
        const long queryRows = static_cast<long>(item.q1 - item.q0);
        const long productRows = (queryRows + kProductRows - 1) / kProductRows * kProductRows;
        torch::Tensor queryBlock = m_queries.narrow(0, static_cast<long>(item.q0), queryRows);
        if (productRows != queryRows) { // zero rows up to whole products; their scores are never read
            auto padded = torch::zeros({productRows, queryBlock.size(1)});
            padded.narrow(0, 0, queryRows).copy_(queryBlock);
            queryBlock = padded;
        }
        torch::Tensor accumulator;
        std::vector<float*> inverse;
        for (auto& values : scratch.inverse)
            inverse.push_back(values.data());
        const long tileWidth = static_cast<long>(m_docTile);
        for (std::size_t t0 = d0; t0 < d1 && !m_progress.cancelled(); t0 += m_docTile) {
            const std::size_t rows = std::min(d1, t0 + m_docTile) - t0;
            const long tileRows = static_cast<long>(rows);
            if (!accumulator.defined())
                accumulator = torch::empty({productRows, tileWidth});
            const float* values = paddedTile(m_corpus.floatRows(t0, rows, scratch.rows), rows, scratch);
            const std::size_t bad =
                inversePrefixNormsOfRows(values, rows, m_corpus.dim(), m_dims, inverse.data());
            if (bad < rows) {
                m_badRow.note(t0 + bad);
                return;
            }
            const torch::Tensor tile =
                torch::from_blob(const_cast<float*>(values), {tileWidth, static_cast<long>(m_corpus.dim())});
            int start = 0;
            for (std::size_t i = 0; i < m_dims.size(); ++i) {
                const torch::Tensor b = tile.narrow(1, start, m_dims[i] - start).t();
                for (long r0 = 0; r0 < productRows; r0 += kProductRows) {
                    const torch::Tensor a =
                        queryBlock.narrow(0, r0, kProductRows).narrow(1, start, m_dims[i] - start);
                    torch::Tensor products = accumulator.narrow(0, r0, kProductRows);
                    if (i == 0)
                        at::mm_out(products, a, b);
                    else
                        products.addmm_(a, b);
                }
                scanScores(accumulator.data_ptr<float>(), m_docTile, item.q0, item.q1, t0, rows, i,
                           inverse[i], buffers);
                start = m_dims[i];
            }
            m_progress.add(tileRows * queryRows, reportsProgress);
        }
    }

    // The tile's rows, followed by zero rows up to the tile width when it is short.
    const float* paddedTile(const float* values, std::size_t rows, TileScratch& scratch) const
    {
        if (rows == m_docTile)
            return values;
        const std::size_t dim = m_corpus.dim();
        scratch.padded.assign(m_docTile * dim, 0.0F);
        std::copy_n(values, rows * dim, scratch.padded.begin());
        return scratch.padded.data();
    }

    void scanScores(const float* dots, std::size_t rowStride, std::size_t q0, std::size_t q1, std::size_t t0,
                    std::size_t tileRows, std::size_t dimIndex, const float* corpusInverse,
                    WorkerBuffers& buffers)
    {
        for (std::size_t q = q0; q < q1; ++q) {
            const std::size_t slot = sweepSlot(dimIndex, q - q0, q1 - q0);
            if (q + 1 < q1)
                buffers.buffer(slot + 1).prefetchNextSlot();
            CandidateBuffer candidates = buffers.buffer(slot);
            const float queryInverse = m_queryInverse[dimIndex][q];
            const float* row = dots + (q - q0) * rowStride;
            const float floor = m_floors.active()
                                    ? std::max(candidates.threshold(), m_floors.get(dimIndex, q))
                                    : candidates.threshold();
            const std::size_t hits =
                collectScoresAtLeast(row, corpusInverse, queryInverse, floor, tileRows,
                                     buffers.hitScores.data(), buffers.hitPositions.data());
            // Early tiles pass almost everything: find the tile's own k-th best score first, so that only
            // about k of its scores are added.
            float tileKth = -std::numeric_limits<float>::infinity();
            if (hits > m_k) {
                auto& selection = buffers.selection;
                selection.assign(buffers.hitScores.begin(),
                                 buffers.hitScores.begin() + static_cast<long>(hits));
                tileKth = kthLargest(selection.data(), hits, m_k);
            }
            const float admission = std::max(floor, tileKth);
            for (std::size_t h = 0; h < hits; ++h) {
                const float score = buffers.hitScores[h];
                if (score < admission || score < candidates.threshold())
                    continue;
                const auto doc = static_cast<std::uint32_t>(t0 + buffers.hitPositions[h]);
                candidates.add({score, m_tieRanks[doc], static_cast<std::int32_t>(doc)});
            }
            // Every hit at or above the tile's k-th score went in only when no shared floor stood above it.
            if (hits > m_k && tileKth >= floor)
                candidates.raiseThreshold(tileKth);
            if (m_floors.active())
                m_floors.raise(dimIndex, q, candidates.threshold());
        }
    }

    // Items of one query block (consecutive, same q0) hold candidates from different catalog chunks; queries
    // are merged in parallel (each writes its own rows of the result).
    void mergeItems(const std::vector<WorkItem>& items)
    {
        for (std::size_t first = 0; first < items.size();) {
            std::size_t last = first;
            while (last < items.size() && items[last].q0 == items[first].q0)
                ++last;
            const auto begin = static_cast<std::int64_t>(items[first].q0);
            const auto end = static_cast<std::int64_t>(items[first].q1);
            at::parallel_for(begin, end, 16, [&](std::int64_t from, std::int64_t to) {
                std::vector<Candidate> pool;
                for (auto q = static_cast<std::size_t>(from); q < static_cast<std::size_t>(to); ++q)
                    mergeQuery(items, first, last, q, pool);
            });
            first = last;
        }
    }

    void mergeQuery(const std::vector<WorkItem>& items, std::size_t first, std::size_t last, std::size_t q,
                    std::vector<Candidate>& pool)
    {
        const std::size_t dimCount = m_dims.size();
        for (std::size_t i = 0; i < dimCount; ++i) {
            const std::size_t slot = sweepSlot(i, q - items[first].q0, items[first].q1 - items[first].q0);
            TopKLists& lists = m_result.perDim[i];
            if (last == first + 1) { // one worker scanned the whole catalog for this block: sort in place
                writeBestRow(m_buffers[first].buffer(slot).items(), lists, q);
                continue;
            }
            pool.clear();
            for (std::size_t item = first; item < last; ++item) {
                const auto candidates = m_buffers[item].buffer(slot).items();
                pool.insert(pool.end(), candidates.begin(), candidates.end());
            }
            writeBestRow(pool, lists, q);
        }
    }

    torch::Tensor m_queries;
    const EmbeddingMatrix& m_corpus;
    std::span<const std::uint32_t> m_tieRanks;
    std::vector<int> m_dims;
    std::vector<std::vector<float>> m_queryInverse;
    std::size_t m_docCount;
    std::size_t m_k;
    std::size_t m_blockSize;
    std::size_t m_docTile;
    std::vector<WorkerBuffers> m_buffers;
    std::vector<TileScratch> m_scratch;
    FirstNonFiniteRow m_badRow;
    SharedFloors m_floors;
    std::size_t m_queryBlock = 0;
    SweepResult m_result;
    SweepProgress m_progress;
};

} // namespace

std::size_t sweepTileRows(const SweepOptions& options)
{
    return options.docTile > 0 ? options.docTile : 1024;
}

bool registerSweepAvailable()
{
    return panelKernelAvailable();
}

SweepEngine cpuEngineFor(std::size_t queries, std::size_t workers, bool registersAvailable)
{
    return registersAvailable && queries >= kPanelQueries * workers ? SweepEngine::FusedRegisters
                                                                    : SweepEngine::FusedProducts;
}

void validateSweepDims(const std::vector<int>& dims, std::size_t fullDim)
{
    if (dims.empty())
        throw InputError(fieldRef(InputField::Dims) + ": no dimension given");
    for (std::size_t i = 0; i < dims.size(); ++i) {
        if (dims[i] < 1 || static_cast<std::size_t>(dims[i]) > fullDim)
            throw InputError(fieldRef(InputField::Dims) + ": " + std::to_string(dims[i]) + " is outside 1.." +
                             std::to_string(fullDim) + " (the embeddings' full dimension)");
        if (i > 0 && dims[i] <= dims[i - 1])
            throw InputError(fieldRef(InputField::Dims) + ": dimensions must be strictly increasing");
    }
}

std::uint64_t sweepMemoryBytes(std::size_t queries, std::size_t rows, std::size_t dim, std::size_t dimCount,
                               std::size_t k, std::size_t workers)
{
    const std::uint64_t depth = std::min(k, rows);
    const std::uint64_t lists =
        static_cast<std::uint64_t>(queries) * dimCount * depth * (sizeof(std::int32_t) + sizeof(float));
    const std::uint64_t perQuery = dimCount * CandidateBuffer::capacity(depth) * sizeof(Candidate);
    // A wave holds the candidates of at least one 256-query block (or 12-query panel) per worker.
    const std::uint64_t waveQueries = std::min<std::uint64_t>(
        queries, std::max<std::uint64_t>(kWaveCandidateBytes / std::max<std::uint64_t>(perQuery, 1),
                                         static_cast<std::uint64_t>(workers) * 256));
    const std::uint64_t tiles = static_cast<std::uint64_t>(workers) * 4 * 1024 * dim * sizeof(float);
    return lists + waveQueries * perQuery + tiles;
}

void requireSweepMemory(std::size_t queries, std::size_t rows, std::size_t dim, std::size_t dimCount,
                        std::size_t k)
{
    const auto workers = static_cast<std::size_t>(std::max(1, at::get_num_threads()));
    requireMemory(
        sweepMemoryBytes(queries, rows, dim, dimCount, k, workers),
        fmt::format("the sweep's top-k lists and candidates ({} queries × {} dims, top {})", queries,
                    dimCount, std::min(k, rows)),
        "evaluate with smaller cutoffs, fewer dims or fewer queries at a time, or on a machine with "
        "more memory");
}

SweepResult sweepTopK(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                      std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                      const JobControl& job)
{
    if (queries.dim() != corpus.dim())
        throw InputError("query embeddings have " + std::to_string(queries.dim()) +
                         " dimensions but the catalog's have " + std::to_string(corpus.dim()));
    if (tieRanks.size() != corpus.rows())
        throw std::invalid_argument("sweepTopK: one tie rank per catalog row expected");
    validateSweepDims(options.dims, corpus.dim());
    if (options.k == 0)
        throw InputError(fieldRef(InputField::K) + ": must be positive");
    torch::InferenceMode inference;
    if (queries.empty() || corpus.empty()) // lists no longer than the catalog (k may exceed it)
        return paddedSweepResult(options.dims, queries.rows(), std::min(options.k, corpus.rows()));
    if (!queries.isDenseFloat32()) { // a few queries: one float32 copy
        std::vector<std::size_t> all(queries.rows());
        std::iota(all.begin(), all.end(), std::size_t{0});
        return sweepTopK(queries.selectRows(all), corpus, tieRanks, options, job);
    }
    if (options.engine == SweepEngine::Torch || options.device != "cpu")
        return sweepTopKWithTorch(queries, corpus, tieRanks, options, job);
    const SweepEngine engine =
        options.engine == SweepEngine::Fused
            ? cpuEngineFor(queries.rows(), static_cast<std::size_t>(std::max(1, at::get_num_threads())),
                           registerSweepAvailable())
            : options.engine;
    if (engine == SweepEngine::FusedRegisters)
        return sweepInRegisters(queries, corpus, tieRanks, options, job);
    return FusedSweep(queries, corpus, tieRanks, options, job).run();
}

} // namespace near2
