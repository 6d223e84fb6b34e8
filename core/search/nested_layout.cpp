#include "core/search/nested_layout.h"

#include "core/search/nested_arrays_writer.h"
#include "core/search/quantised_prefilter.h"
#include "core/search/row_chunks.h"
#include "core/search/score_scan.h"
#include "core/util/memory_budget.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <limits>

namespace near2 {

namespace {

constexpr std::size_t kTile = 256;
// Below this dim the fp32 scan reads little enough; from it on the int8 pass pays (bench_workbench).
constexpr int kQuantisedFromDim = 32;

using Lanes = float __attribute__((vector_size(32)));

// acc += x[0..8) * y[0..8) (unaligned loads; by reference, so no vector values cross a call).
inline void multiplyAdd(Lanes& acc, const float* x, const float* y)
{
    Lanes a, b;
    std::memcpy(&a, x, sizeof a);
    std::memcpy(&b, y, sizeof b);
    acc += a * b;
}

// dots[r] += block row r (columns [0, used) of `width`) · query, for r in [0, n). Eight-float lanes (one AVX2
// register with FMA where the CPU has it), two accumulators, one horizontal sum per row.
__attribute__((target_clones("arch=haswell", "default"))) void addDots(const float* block, std::size_t width,
                                                                       std::size_t used, const float* query,
                                                                       std::size_t n, float* dots)
{
    for (std::size_t r = 0; r < n; ++r) {
        const float* values = block + r * width;
        Lanes first{}, second{};
        std::size_t i = 0;
        for (; i + 16 <= used; i += 16) {
            multiplyAdd(first, values + i, query + i);
            multiplyAdd(second, values + i + 8, query + i + 8);
        }
        if (i + 8 <= used) {
            multiplyAdd(first, values + i, query + i);
            i += 8;
        }
        first += second;
        float dot = 0.0f;
        for (int lane = 0; lane < 8; ++lane)
            dot += first[lane];
        for (; i < used; ++i)
            dot += values[i] * query[i];
        dots[r] += dot;
    }
}

float inverseOf(float squaredNorm)
{
    return squaredNorm > 0.0f ? 1.0f / std::sqrt(squaredNorm) : 0.0f;
}

// The segments wholly inside [0, dim), and whether one more is partly inside.
struct SegmentsUsed
{
    std::size_t whole;
    int wholeEnd;
    bool partial;
    std::size_t count() const { return whole + (partial ? 1 : 0); }
};

SegmentsUsed segmentsUsed(const std::vector<int>& ends, int dim)
{
    const auto whole =
        static_cast<std::size_t>(std::upper_bound(ends.begin(), ends.end(), dim) - ends.begin());
    const int wholeEnd = whole == 0 ? 0 : ends[whole - 1];
    return {whole, wholeEnd, wholeEnd < dim};
}

// Bytes of the blocks a scan at `dim` reads per row, with `elementSize` bytes per value: whole segments, and
// of a partial segment the 64-byte lines that hold its first columns (rows are contiguous, so a narrow
// segment is read whole).
std::size_t blockBytesPerRow(const std::vector<int>& ends, int dim, std::size_t elementSize)
{
    const SegmentsUsed used = segmentsUsed(ends, dim);
    std::size_t bytes = static_cast<std::size_t>(used.wholeEnd) * elementSize;
    if (used.partial) {
        const auto width = static_cast<std::size_t>(ends[used.whole] - used.wholeEnd) * elementSize;
        const auto columns = static_cast<std::size_t>(dim - used.wholeEnd) * elementSize;
        bytes += std::min(width, (columns + 63) / 64 * 64);
    }
    return bytes;
}

// Order of the final top k: betterThan, then the lower row (only matters for equal tie ranks).
bool rankedBefore(const Candidate& a, const Candidate& b)
{
    return betterThan(a, b) || (!betterThan(b, a) && a.doc < b.doc);
}

} // namespace

struct NestedLayout::InMemoryArrays
{
    std::shared_ptr<std::vector<std::byte>> buffer;
    NestedSections sections;
};

NestedLayout::InMemoryArrays NestedLayout::buildInMemory(const EmbeddingMatrix& matrix, std::vector<int> dims,
                                                         const JobControl& job)
{
    const int full = static_cast<int>(matrix.dim());
    InMemoryArrays arrays{nullptr, NestedSections(matrix.rows(), segmentEndsOf(std::move(dims), full))};
    requireMemory(arrays.sections.bytes,
                  fmt::format("the nested blocks for single-query ranking ({} products × {} dims)",
                              matrix.rows(), full),
                  "open a sample of the catalog, or use a machine with more memory");
    arrays.buffer = std::make_shared<std::vector<std::byte>>(arrays.sections.bytes);
    writeNestedArrays(
        matrix, arrays.sections,
        [&arrays](std::uint64_t offset, const std::byte* data, std::size_t size) {
            std::memcpy(arrays.buffer->data() + offset, data, size);
        },
        job);
    return arrays;
}

NestedLayout::NestedLayout(const EmbeddingMatrix& matrix, std::vector<int> dims, const JobControl& job)
    : NestedLayout(buildInMemory(matrix, std::move(dims), job))
{
}

NestedLayout::NestedLayout(InMemoryArrays arrays)
    : NestedLayout(arrays.buffer, arrays.buffer->data(), arrays.sections)
{
}

NestedLayout::NestedLayout(std::shared_ptr<const void> owner, const std::byte* base,
                           const NestedSections& sections)
    : m_owner(std::move(owner)), m_rows(sections.rows), m_dims(sections.ends)
{
    m_quantised.rows = m_rows;
    const auto floats = [base](std::uint64_t offset) {
        return reinterpret_cast<const float*>(base + offset);
    };
    for (const SegmentSections& segment : sections.segments) {
        m_blocks.push_back(floats(segment.block));
        m_squaredNorm.push_back(floats(segment.squaredNorm));
        m_inverseNorm.push_back(floats(segment.inverseNorm));
        m_quantised.codes.push_back(reinterpret_cast<const std::int8_t*>(base + segment.codes));
        m_quantised.scaleArrays.push_back(floats(segment.scales));
        m_quantised.errorArrays.push_back(floats(segment.errorNorms));
    }
}

float NestedLayout::inverseNormAt(int dim, std::size_t row) const
{
    const SegmentsUsed used = segmentsUsed(m_dims, dim);
    if (!used.partial)
        return m_inverseNorm[used.whole - 1][row];
    const auto width = static_cast<std::size_t>(m_dims[used.whole] - used.wholeEnd);
    const auto columns = static_cast<std::size_t>(dim - used.wholeEnd);
    const float* values = m_blocks[used.whole] + row * width;
    float squared = used.whole == 0 ? 0.0f : m_squaredNorm[used.whole - 1][row];
    for (std::size_t i = 0; i < columns; ++i)
        squared += values[i] * values[i];
    return inverseOf(squared);
}

void NestedLayout::scanRows(const float* query, int dim, float scale, std::size_t first, std::size_t last,
                            std::size_t k, std::span<const std::uint32_t> tieRanks,
                            std::vector<Candidate>& out) const
{
    const SegmentsUsed used = segmentsUsed(m_dims, dim);
    std::vector<Candidate> storage(CandidateBuffer::capacity(k));
    CandidateBuffer::State state;
    CandidateBuffer buffer(storage.data(), &state, k);
    float dots[kTile], inverse[kTile], scores[kTile];
    std::uint32_t positions[kTile];
    for (std::size_t tile = first; tile < last; tile += kTile) {
        const std::size_t n = std::min(kTile, last - tile);
        std::fill(dots, dots + n, 0.0f);
        int start = 0;
        for (std::size_t s = 0; s < used.count(); ++s) {
            const auto width = static_cast<std::size_t>(m_dims[s] - start);
            const auto columns = s < used.whole ? width : static_cast<std::size_t>(dim - start);
            addDots(m_blocks[s] + tile * width, width, columns, query + start, n, dots);
            start = m_dims[s];
        }
        const float* inverseNorms = nullptr;
        if (!used.partial) {
            inverseNorms = m_inverseNorm[used.whole - 1] + tile;
        } else {
            for (std::size_t r = 0; r < n; ++r)
                inverse[r] = inverseNormAt(dim, tile + r);
            inverseNorms = inverse;
        }
        const std::size_t kept =
            collectScoresAtLeast(dots, inverseNorms, scale, buffer.threshold(), n, scores, positions);
        for (std::size_t i = 0; i < kept; ++i) {
            const std::size_t row = tile + positions[i];
            const auto tie = tieRanks.empty() ? ~static_cast<std::uint32_t>(row) : tieRanks[row];
            if (scores[i] >= buffer.threshold())
                buffer.add({scores[i], tie, static_cast<std::int32_t>(row)});
        }
    }
    const auto items = buffer.items();
    out.assign(items.begin(), items.end());
}

// The same arithmetic as scanRows, row by row, so that the scores are bit for bit those of the full scan.
std::vector<Candidate> NestedLayout::scoreRows(const float* query, int dim, float scale,
                                               std::span<const std::uint32_t> rows, std::size_t k,
                                               std::span<const std::uint32_t> tieRanks) const
{
    const SegmentsUsed used = segmentsUsed(m_dims, dim);
    std::vector<Candidate> scored;
    for (const std::uint32_t row : rows) {
        float dot = 0.0f;
        int start = 0;
        for (std::size_t s = 0; s < used.count(); ++s) {
            const auto width = static_cast<std::size_t>(m_dims[s] - start);
            const auto columns = s < used.whole ? width : static_cast<std::size_t>(dim - start);
            addDots(m_blocks[s] + row * width, width, columns, query + start, 1, &dot);
            start = m_dims[s];
        }
        const float score = dot * inverseNormAt(dim, row) * scale;
        const auto tie = tieRanks.empty() ? ~row : tieRanks[row];
        if (score >= -std::numeric_limits<float>::infinity()) // as the full scan, never a NaN
            scored.push_back({score, tie, static_cast<std::int32_t>(row)});
    }
    const std::size_t n = std::min(k, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(),
                      rankedBefore);
    scored.resize(n);
    return scored;
}

int NestedLayout::clampedDim(std::span<const float> query, int dim) const
{
    return std::clamp(dim, 1, std::min(static_cast<int>(this->dim()), static_cast<int>(query.size())));
}

float NestedLayout::queryScale(std::span<const float> query, int dim)
{
    float squared = 0.0f;
    for (int i = 0; i < dim; ++i)
        squared += query[static_cast<std::size_t>(i)] * query[static_cast<std::size_t>(i)];
    return inverseOf(squared);
}

std::vector<Candidate> NestedLayout::topK(std::span<const float> query, int dim, std::size_t k,
                                          std::span<const std::uint32_t> tieRanks, unsigned threads,
                                          ScanReport* report) const
{
    if (m_rows == 0 || k == 0 || query.empty())
        return {};
    dim = clampedDim(query, dim);
    // Per row: the blocks' bytes (whole 64-byte lines of a partial segment), plus the norms, scales and
    // error norms the pass reads.
    const SegmentsUsed used = segmentsUsed(m_dims, dim);
    ScanReport scan;
    if (dim >= kQuantisedFromDim && k <= m_rows / 64) {
        if (const auto quantised = quantiseQuery(query, dim)) {
            const PrefilterInput input{m_quantised, m_dims, m_squaredNorm, m_inverseNorm};
            const auto rows = topKCandidates(input, *quantised, dim, k, threads);
            scan.quantisedPass = true;
            scan.bytesRead = m_rows * (blockBytesPerRow(m_dims, dim, sizeof(std::int8_t)) +
                                       sizeof(float) * (used.count() + 2));
            if (rows.size() <= m_rows / 16) {
                scan.rescoredRows = rows.size();
                scan.bytesRead +=
                    rows.size() * (blockBytesPerRow(m_dims, dim, sizeof(float)) + sizeof(float));
                if (report != nullptr)
                    *report = scan;
                return scoreRows(query.data(), dim, queryScale(query, dim), rows, k, tieRanks);
            }
        }
    }
    ScanReport fullScan;
    auto ranked = topKByFullScan(query, dim, k, tieRanks, threads, &fullScan);
    scan.bytesRead += fullScan.bytesRead;
    if (report != nullptr)
        *report = scan;
    return ranked;
}

std::vector<Candidate> NestedLayout::topKByFullScan(std::span<const float> query, int dim, std::size_t k,
                                                    std::span<const std::uint32_t> tieRanks, unsigned threads,
                                                    ScanReport* report) const
{
    if (m_rows == 0 || k == 0 || query.empty())
        return {};
    dim = clampedDim(query, dim);
    if (report != nullptr)
        *report = {false, 0, m_rows * (blockBytesPerRow(m_dims, dim, sizeof(float)) + sizeof(float))};
    const float scale = queryScale(query, dim);
    const std::size_t parts = chunkCount(m_rows, kTile, threads);
    std::vector<std::vector<Candidate>> found(parts);
    runChunks(m_rows, kTile, parts, [&](std::size_t part, std::size_t first, std::size_t last) {
        scanRows(query.data(), dim, scale, first, last, k, tieRanks, found[part]);
    });
    std::vector<Candidate> all;
    for (const auto& part : found)
        all.insert(all.end(), part.begin(), part.end());
    const std::size_t n = std::min(k, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), rankedBefore);
    all.resize(n);
    return all;
}

} // namespace near2
