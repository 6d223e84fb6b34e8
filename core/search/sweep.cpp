#include "core/search/sweep.h"

#include "core/search/candidates.h"
#include "core/search/head_scan.h"
#include "core/search/prefix_norms.h"
#include "core/search/score_scan.h"
#include "core/search/sweep_torch.h"
#include "core/search/tile_admission.h"
#include "core/util/error.h"

#include <ATen/Parallel.h>
#include <atomic>
#include <torch/torch.h>

namespace near2 {

namespace {

std::size_t roundUp(std::size_t value, std::size_t multiple)
{
    return (value + multiple - 1) / multiple * multiple;
}

torch::Tensor viewOf(const EmbeddingMatrix& matrix)
{
    return torch::from_blob(const_cast<float*>(matrix.data()),
                            {static_cast<long>(matrix.rows()), static_cast<long>(matrix.dim())},
                            torch::TensorOptions().dtype(torch::kFloat32));
}

// One worker's candidates for a block of queries: [query][dim] → up to capacity(k) candidates.
struct WorkerBuffers
{
    std::vector<Candidate> items;
    std::vector<CandidateBuffer::State> states;
    std::vector<float> hitScores;
    std::vector<std::uint32_t> hitPositions;
    std::vector<float> selection;
    std::vector<float> headScores; // [query of a head block][stop][doc of the tile]
    std::vector<std::uint32_t> headPositions;
    std::size_t k = 0;
    void reset(std::size_t slots, std::size_t depth, std::size_t tileRows, std::size_t headStops)
    {
        k = depth;
        hitScores.resize(tileRows);
        hitPositions.resize(tileRows);
        headScores.resize(kHeadQueries * headStops * tileRows);
        headPositions.resize(kHeadQueries * headStops * tileRows);
        items.resize(slots * CandidateBuffer::capacity(depth));
        states.assign(slots, {});
    }
    CandidateBuffer buffer(std::size_t slot)
    {
        return {items.data() + slot * CandidateBuffer::capacity(k), &states[slot], k};
    }
};

class FusedSweep
{
public:
    FusedSweep(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
               std::span<const std::uint32_t> tieRanks, const SweepOptions& options, const JobControl& job)
        : m_queries(viewOf(queries)), m_corpus(viewOf(corpus)), m_tieRanks(tieRanks), m_options(options),
          m_job(job), m_dims(options.dims), m_queryInverse(inversePrefixNorms(queries, m_dims)),
          m_corpusInverse(inversePrefixNorms(corpus, m_dims)), m_docCount(corpus.rows()),
          m_k(std::min(options.k, corpus.rows())), m_queryData(queries.data()), m_corpusData(corpus.data()),
          m_fullDim(corpus.dim()), m_headKernel(options.headKernel ? headKernel() : nullptr)
    {
        while (m_headKernel && m_headStops < std::min(m_dims.size(), kHeadMaxStops) &&
               m_dims[m_headStops] <= kHeadMaxDim)
            ++m_headStops;
        if (m_headStops > 0) {
            m_headPanel.pack(m_corpusData, m_fullDim, m_docCount, m_dims[m_headStops - 1]);
            m_docTile = roundUp(m_docTile, HeadPanel::kStepDocs); // tiles start on a kernel step
        }
        m_result.dims = m_dims;
        m_result.perDim.assign(m_dims.size(), TopKLists(queries.rows(), options.k));
    }

    SweepResult run()
    {
        const auto queryCount = static_cast<std::size_t>(m_queries.size(0));
        const auto workers = static_cast<std::size_t>(std::max(1, at::get_num_threads()));
        m_total = static_cast<std::int64_t>(queryCount * m_docCount);
        // Workers take whole query blocks when there are enough of them (no merging across workers, no idle
        // worker at a barrier); with few queries, the catalog is split between workers instead.
        const std::size_t blockCount = (queryCount + m_options.queryBlock - 1) / m_options.queryBlock;
        for (std::size_t first = 0; first < blockCount; first += workers) {
            const std::size_t blocks = std::min(workers, blockCount - first);
            const std::size_t chunks = (workers + blocks - 1) / blocks;
            std::vector<WorkItem> items;
            for (std::size_t b = first; b < first + blocks; ++b)
                for (std::size_t c = 0; c < chunks; ++c)
                    items.push_back(workItem(b, c, chunks, queryCount));
            scanItems(items);
            if (m_cancelled.load())
                throw CancelledError();
            mergeItems(items);
        }
        return std::move(m_result);
    }

private:
    struct WorkItem
    {
        std::size_t q0, q1, d0, d1;
    };

    WorkItem workItem(std::size_t block, std::size_t chunk, std::size_t chunks, std::size_t queryCount) const
    {
        const std::size_t q0 = block * m_options.queryBlock;
        const std::size_t perChunk = roundUp((m_docCount + chunks - 1) / chunks, HeadPanel::kStepDocs);
        return {q0, std::min(queryCount, q0 + m_options.queryBlock), std::min(m_docCount, chunk * perChunk),
                std::min(m_docCount, (chunk + 1) * perChunk)};
    }

    void scanItems(const std::vector<WorkItem>& items)
    {
        m_buffers.resize(items.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            m_buffers[i].reset((items[i].q1 - items[i].q0) * m_dims.size(), m_k, m_docTile, m_headStops);
        at::parallel_for(0, static_cast<std::int64_t>(items.size()), 1,
                         [&](std::int64_t begin, std::int64_t end) {
                             for (std::int64_t i = begin; i < end; ++i) {
                                 const WorkItem& item = items[static_cast<std::size_t>(i)];
                                 scanChunk(item.q0, item.q1, item.d0, item.d1,
                                           m_buffers[static_cast<std::size_t>(i)], at::get_thread_num() == 0);
                             }
                         });
    }

    void scanChunk(std::size_t q0, std::size_t q1, std::size_t d0, std::size_t d1, WorkerBuffers& buffers,
                   bool reportsProgress)
    {
        const long queryRows = static_cast<long>(q1 - q0);
        const torch::Tensor queryBlock = m_queries.narrow(0, static_cast<long>(q0), queryRows);
        torch::Tensor accumulator;
        for (std::size_t t0 = d0; t0 < d1 && !m_cancelled.load(std::memory_order_relaxed); t0 += m_docTile) {
            const long tileRows = static_cast<long>(std::min(d1, t0 + m_docTile) - t0);
            if (!accumulator.defined() || accumulator.size(1) != tileRows)
                accumulator = torch::empty({queryRows, tileRows});
            const torch::Tensor tile = m_corpus.narrow(0, static_cast<long>(t0), tileRows);
            if (m_headStops > 0)
                scanHead(q0, q1, t0, static_cast<std::size_t>(tileRows), accumulator.data_ptr<float>(),
                         buffers);
            int start = m_headStops > 0 ? m_dims[m_headStops - 1] : 0;
            for (std::size_t i = m_headStops; i < m_dims.size(); ++i) {
                const torch::Tensor a = queryBlock.narrow(1, start, m_dims[i] - start);
                const torch::Tensor b = tile.narrow(1, start, m_dims[i] - start).t();
                if (i == 0)
                    at::mm_out(accumulator, a, b);
                else
                    accumulator.addmm_(a, b);
                scanScores(accumulator.data_ptr<float>(), q0, q1, t0, static_cast<std::size_t>(tileRows), i,
                           buffers);
                start = m_dims[i];
            }
            const auto work = tileRows * queryRows;
            const auto done = m_done.fetch_add(work) + work;
            if (reportsProgress) {
                m_job.report("sweep", done, m_total);
                if (m_job.cancel && m_job.cancel->isCancelled())
                    m_cancelled.store(true);
            }
        }
    }

    void scanScores(const float* dots, std::size_t q0, std::size_t q1, std::size_t t0, std::size_t tileRows,
                    std::size_t dimIndex, WorkerBuffers& buffers) const
    {
        const float* corpusInverse = m_corpusInverse[dimIndex].data() + t0;
        const std::size_t dimCount = m_dims.size();
        for (std::size_t q = q0; q < q1; ++q) {
            const std::size_t slot = (q - q0) * dimCount + dimIndex;
            if (q + 1 < q1)
                buffers.buffer(slot + dimCount).prefetchNextSlot();
            CandidateBuffer candidates = buffers.buffer(slot);
            const float queryInverse = m_queryInverse[dimIndex][q];
            const float* row = dots + (q - q0) * tileRows;
            const std::size_t hits =
                collectScoresAtLeast(row, corpusInverse, queryInverse, candidates.threshold(), tileRows,
                                     buffers.hitScores.data(), buffers.hitPositions.data());
            admitTileHits(candidates, m_k, buffers.hitScores.data(), buffers.hitPositions.data(), hits, t0,
                          m_tieRanks, buffers.selection);
        }
    }

    // The first nested dims (up to kHeadMaxDim) through the register-blocked head kernel; leaves the dot
    // products at its last stop in `dots` for the matrix products of the remaining dims.
    void scanHead(std::size_t q0, std::size_t q1, std::size_t t0, std::size_t tileRows, float* dots,
                  WorkerBuffers& buffers) const
    {
        const std::size_t stopCount = m_headStops;
        std::array<const float*, kHeadMaxStops> docInverse{};
        for (std::size_t s = 0; s < stopCount; ++s)
            docInverse[s] = m_corpusInverse[s].data() + t0;
        const HeadStops stops{std::span(m_dims).first(stopCount), std::span(docInverse).first(stopCount)};
        const bool moreDims = stopCount < m_dims.size();
        for (std::size_t first = q0; first < q1; first += kHeadQueries) {
            std::array<HeadQuery, kHeadQueries> block{};
            const std::size_t rows = std::min(kHeadQueries, q1 - first);
            for (std::size_t r = 0; r < rows; ++r) {
                const std::size_t q = first + r;
                HeadQuery& query = block[r];
                query.values = m_queryData + q * m_fullDim;
                query.dots = moreDims ? dots + (q - q0) * tileRows : nullptr;
                for (std::size_t s = 0; s < stopCount; ++s) {
                    buffers.buffer((q - q0) * m_dims.size() + s)
                        .prefetchNextSlot(); // arrives during the kernel
                    const std::size_t hitsAt = (r * stopCount + s) * m_docTile;
                    query.inverse[s] = m_queryInverse[s][q];
                    query.threshold[s] = buffers.buffer((q - q0) * m_dims.size() + s).threshold();
                    query.hits[s] = {buffers.headScores.data() + hitsAt,
                                     buffers.headPositions.data() + hitsAt, 0};
                }
            }
            m_headKernel(block, HeadTile{m_headPanel, t0, tileRows}, stops);
            for (std::size_t r = 0; r < rows; ++r) {
                for (std::size_t s = 0; s < stopCount; ++s) {
                    CandidateBuffer candidates = buffers.buffer((first + r - q0) * m_dims.size() + s);
                    const HeadHits& hits = block[r].hits[s];
                    admitTileHits(candidates, m_k, hits.scores, hits.positions, hits.count, t0, m_tieRanks,
                                  buffers.selection);
                }
            }
        }
    }

    void mergeItems(const std::vector<WorkItem>& items)
    {
        const std::size_t dimCount = m_dims.size();
        std::vector<Candidate> pool;
        for (std::size_t first = 0; first < items.size();) {
            std::size_t last = first;
            while (last < items.size() && items[last].q0 == items[first].q0)
                ++last;
            for (std::size_t q = items[first].q0; q < items[first].q1; ++q) {
                for (std::size_t i = 0; i < dimCount; ++i) {
                    const std::size_t slot = (q - items[first].q0) * dimCount + i;
                    pool.clear();
                    for (std::size_t item = first; item < last; ++item) {
                        const auto candidates = m_buffers[item].buffer(slot).items();
                        pool.insert(pool.end(), candidates.begin(), candidates.end());
                    }
                    TopKLists& lists = m_result.perDim[i];
                    writeBest(pool, lists.k, lists.docs.data() + q * lists.k,
                              lists.scores.data() + q * lists.k);
                }
            }
            first = last;
        }
    }

    torch::Tensor m_queries;
    torch::Tensor m_corpus;
    std::span<const std::uint32_t> m_tieRanks;
    const SweepOptions& m_options;
    const JobControl& m_job;
    std::vector<int> m_dims;
    std::vector<std::vector<float>> m_queryInverse;
    std::vector<std::vector<float>> m_corpusInverse;
    std::size_t m_docCount;
    std::size_t m_k;
    const float* m_queryData;
    const float* m_corpusData;
    std::size_t m_fullDim;
    HeadKernel m_headKernel;
    std::size_t m_headStops = 0; // the leading dims that the head kernel scans
    HeadPanel m_headPanel;
    std::size_t m_docTile = m_options.docTile;
    std::vector<WorkerBuffers> m_buffers;
    SweepResult m_result;
    std::atomic<std::int64_t> m_done{0};
    std::int64_t m_total = 0;
    std::atomic<bool> m_cancelled{false};
};

} // namespace

void validateSweepDims(const std::vector<int>& dims, std::size_t fullDim)
{
    if (dims.empty())
        throw InputError("--dims: no dimension given");
    for (std::size_t i = 0; i < dims.size(); ++i) {
        if (dims[i] < 1 || static_cast<std::size_t>(dims[i]) > fullDim)
            throw InputError("--dims: " + std::to_string(dims[i]) + " is outside 1.." +
                             std::to_string(fullDim) + " (the embeddings' full dimension)");
        if (i > 0 && dims[i] <= dims[i - 1])
            throw InputError("--dims: dimensions must be strictly increasing");
    }
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
        throw InputError("--k: must be positive");
    torch::InferenceMode inference;
    if (queries.empty() || corpus.empty()) {
        SweepResult empty;
        empty.dims = options.dims;
        empty.perDim.assign(options.dims.size(), TopKLists(queries.rows(), options.k));
        return empty;
    }
    if (options.engine == SweepEngine::Torch || options.device != "cpu")
        return sweepTopKWithTorch(queries, corpus, tieRanks, options, job);
    return FusedSweep(queries, corpus, tieRanks, options, job).run();
}

} // namespace near2
