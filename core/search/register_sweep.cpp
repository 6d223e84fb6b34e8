#include "core/search/register_sweep.h"

#include "core/search/panel_candidates.h"
#include "core/search/prefix_norms.h"
#include "core/search/sweep_progress.h"
#include "core/util/error.h"

#include <ATen/Parallel.h>
#include <algorithm>
#include <atomic>
#include <limits>

namespace near2 {

namespace {

constexpr std::size_t kDefaultTile = 256; // catalog rows per kernel call: their panels stay in L2
// A slice of the catalog is packed between two scans: at least a tile per worker, small enough to stay in
// the caches until every worker has scanned it (64 tiles per slice cost 10 % on 2 cores).
constexpr std::size_t kMinTilesPerSlice = 4;
// A wave's queries are scanned over the whole catalog together; their candidate buffers (dims × 2k each)
// stay under this budget, and each packing of the catalog serves at least a panel per worker.
constexpr std::size_t kWaveCandidateBytes = std::size_t{256} << 20;
constexpr std::size_t kMaxHitLog = std::size_t{1} << 18; // entries (12 bytes each) per block

struct Block
{
    std::size_t q0, q1;
};

class RegisterSweep
{
public:
    RegisterSweep(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                  std::span<const std::uint32_t> tieRanks, const SweepOptions& options, const JobControl& job)
        : m_queries(queries), m_corpus(corpus), m_tieRanks(tieRanks), m_dims(options.dims),
          m_depth(static_cast<std::size_t>(m_dims.back())), m_k(std::min(options.k, corpus.rows())),
          m_tile(options.docTile > 0 ? (options.docTile + kPanelDocs - 1) / kPanelDocs * kPanelDocs
                                     : kDefaultTile),
          m_blockQueries(options.queryBlock), m_queryInverse(inversePrefixNorms(queries, m_dims)),
          m_result(paddedSweepResult(m_dims, queries.rows(), m_k)),
          m_progress(job, static_cast<std::int64_t>(queries.rows() * corpus.rows()))
    {
    }

    SweepResult run()
    {
        const std::size_t workers = static_cast<std::size_t>(std::max(1, at::get_num_threads()));
        const std::size_t waveQueries =
            m_blockQueries > 0 ? workers * m_blockQueries : waveQueriesFor(workers);
        m_sliceRows = std::max(kMinTilesPerSlice, workers) * m_tile;
        const std::size_t sliceRows = std::min(m_corpus.rows(), m_sliceRows);
        m_slice.resize(panelFloats(sliceRows, m_depth, kPanelDocs));
        m_sliceInverse.assign(m_dims.size(), std::vector<float>(sliceRows));
        for (std::size_t first = 0; first < m_queries.rows(); first += waveQueries) {
            const auto blocks = blocksOf(first, std::min(m_queries.rows(), first + waveQueries), workers);
            scanWave(blocks);
            if (m_progress.cancelled())
                throw CancelledError();
            writeWave(blocks);
        }
        return std::move(m_result);
    }

private:
    std::size_t waveQueriesFor(std::size_t workers) const
    {
        const std::size_t perQuery = m_dims.size() * CandidateBuffer::capacity(m_k) * sizeof(Candidate);
        return std::max(workers * kPanelQueries,
                        kWaveCandidateBytes / perQuery / kPanelQueries * kPanelQueries);
    }

    // Whole query panels per block, as even as they come; or the caller's block size.
    std::vector<Block> blocksOf(std::size_t q0, std::size_t q1, std::size_t workers) const
    {
        std::vector<Block> blocks;
        if (m_blockQueries > 0) {
            for (std::size_t q = q0; q < q1; q += m_blockQueries)
                blocks.push_back({q, std::min(q1, q + m_blockQueries)});
            return blocks;
        }
        const std::size_t panels = (q1 - q0 + kPanelQueries - 1) / kPanelQueries;
        const std::size_t count = std::min(workers, panels);
        for (std::size_t b = 0; b < count; ++b)
            blocks.push_back({std::min(q1, q0 + panels * b / count * kPanelQueries),
                              std::min(q1, q0 + panels * (b + 1) / count * kPanelQueries)});
        return blocks;
    }

    void scanWave(const std::vector<Block>& blocks)
    {
        m_buffers.resize(blocks.size());
        for (std::size_t b = 0; b < blocks.size(); ++b)
            prepareBlock(blocks[b], m_buffers[b]);
        for (std::size_t s0 = 0; s0 < m_corpus.rows() && !m_progress.cancelled(); s0 += m_sliceRows) {
            const std::size_t s1 = std::min(m_corpus.rows(), s0 + m_sliceRows);
            packSlice(s0, s1);
            at::parallel_for(
                0, static_cast<std::int64_t>(blocks.size()), 1, [&](std::int64_t begin, std::int64_t end) {
                    for (auto b = static_cast<std::size_t>(begin); b < static_cast<std::size_t>(end); ++b)
                        scanSlice(blocks[b], m_buffers[b], s0, s1, at::get_thread_num() == 0);
                });
        }
    }

    void prepareBlock(const Block& block, WorkerBuffers& buffers) const
    {
        const std::size_t queries = block.q1 - block.q0;
        buffers.reset(queries * m_dims.size(), m_k, 0);
        buffers.queryPanels.resize(panelFloats(queries, m_depth, kPanelQueries));
        packPanels(m_queries.data() + block.q0 * m_queries.dim(), queries, m_queries.dim(), m_depth,
                   kPanelQueries, buffers.queryPanels.data());
        buffers.admission.assign(m_dims.size() * queries, -std::numeric_limits<float>::infinity());
        // Room for a query panel's hits over a whole tile: the sink then takes them in one batch.
        // (capped: the kernel flushes a full log mid-tile, still within one query panel).
        const std::size_t hitLog = std::max(minPanelHitLog(m_dims.size()),
                                            std::min(m_dims.size() * kPanelQueries * m_tile, kMaxHitLog));
        buffers.hitScores.resize(hitLog);
        buffers.hitPositions.resize(hitLog);
        buffers.hitSlots.resize(hitLog);
    }

    // All workers pack the slice's tiles together (the catalog is read and packed once per wave, converted to
    // float32 on the way where it is stored otherwise), with their rows' prefix norms while the rows are in
    // cache. The next slice is read ahead; the rows of this one leave the resident set once packed.
    void packSlice(std::size_t s0, std::size_t s1)
    {
        const std::size_t tiles = (s1 - s0 + m_tile - 1) / m_tile;
        m_tileScratch.resize(tiles);
        m_corpus.willRead(s1, std::min(m_corpus.rows(), s1 + m_sliceRows) - s1);
        std::vector<float*> inverse;
        for (auto& values : m_sliceInverse)
            inverse.push_back(values.data());
        FirstNonFiniteRow firstBad;
        at::parallel_for(0, static_cast<std::int64_t>(tiles), 1, [&](std::int64_t begin, std::int64_t end) {
            for (auto t = static_cast<std::size_t>(begin); t < static_cast<std::size_t>(end); ++t) {
                const std::size_t t0 = s0 + t * m_tile;
                const std::size_t count = std::min(s1, t0 + m_tile) - t0;
                const float* rows = m_corpus.floatRows(t0, count, m_tileScratch[t]);
                packPanels(rows, count, m_corpus.dim(), m_depth, kPanelDocs,
                           m_slice.data() + t * m_tile * m_depth);
                std::vector<float*> tileInverse(inverse);
                for (auto& values : tileInverse)
                    values += t * m_tile;
                const std::size_t bad =
                    inversePrefixNormsOfRows(rows, count, m_corpus.dim(), m_dims, tileInverse.data());
                if (bad < count)
                    firstBad.note(t0 + bad);
            }
        });
        m_corpus.doneReading(s0, s1 - s0);
        firstBad.throwIfAny();
    }

    void scanSlice(const Block& block, WorkerBuffers& buffers, std::size_t s0, std::size_t s1,
                   bool reportsProgress)
    {
        const std::size_t queries = block.q1 - block.q0;
        std::vector<const float*> queryInverse, docInverse(m_dims.size());
        for (const auto& inverse : m_queryInverse)
            queryInverse.push_back(inverse.data() + block.q0);
        PanelCandidates sink(buffers, m_tieRanks, queries, m_dims.size());
        for (std::size_t t0 = s0; t0 < s1 && !m_progress.cancelled(); t0 += m_tile) {
            const std::size_t rows = std::min(s1, t0 + m_tile) - t0;
            for (std::size_t i = 0; i < m_dims.size(); ++i)
                docInverse[i] = m_sliceInverse[i].data() + (t0 - s0);
            sink.setTile(t0);
            scanPanels({m_slice.data() + (t0 - s0) * m_depth, rows, buffers.queryPanels.data(), queries,
                        m_dims, docInverse.data(), queryInverse.data(), buffers.admission.data(),
                        buffers.hitScores.data(), buffers.hitPositions.data(), buffers.hitSlots.data(),
                        buffers.hitScores.size(), &sink});
            m_progress.add(static_cast<std::int64_t>(rows * queries), reportsProgress);
        }
    }

    void writeWave(const std::vector<Block>& blocks)
    {
        at::parallel_for(
            0, static_cast<std::int64_t>(blocks.size()), 1, [&](std::int64_t begin, std::int64_t end) {
                for (auto b = static_cast<std::size_t>(begin); b < static_cast<std::size_t>(end); ++b) {
                    const Block& block = blocks[b];
                    for (std::size_t i = 0; i < m_dims.size(); ++i)
                        for (std::size_t q = block.q0; q < block.q1; ++q)
                            writeBestRow(
                                m_buffers[b].buffer(sweepSlot(i, q - block.q0, block.q1 - block.q0)).items(),
                                m_result.perDim[i], q);
                }
            });
    }

    const EmbeddingMatrix& m_queries;
    const EmbeddingMatrix& m_corpus;
    std::span<const std::uint32_t> m_tieRanks;
    std::vector<int> m_dims;
    std::size_t m_depth;
    std::size_t m_k;
    std::size_t m_tile;
    std::size_t m_blockQueries;
    std::size_t m_sliceRows = 0;
    std::vector<std::vector<float>> m_queryInverse;
    std::vector<std::vector<float>> m_sliceInverse; // [dimIndex][row in the slice]
    std::vector<float> m_slice;
    std::vector<std::vector<float>> m_tileScratch; // per tile of a slice: its rows as float32 when converted
    std::vector<WorkerBuffers> m_buffers;
    SweepResult m_result;
    SweepProgress m_progress;
};

} // namespace

SweepResult sweepInRegisters(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                             std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                             const JobControl& job)
{
    if (!panelKernelAvailable())
        throw std::invalid_argument("sweepTopK: the register engine needs a CPU with AVX-512");
    return RegisterSweep(queries, corpus, tieRanks, options, job).run();
}

} // namespace near2
