#include "core/search/nested_layout.h"

#include "core/search/score_scan.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <future>
#include <thread>

namespace near2 {

namespace {

constexpr std::size_t kTile = 256;

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

} // namespace

NestedLayout::NestedLayout(const EmbeddingMatrix& matrix, std::vector<int> dims) : m_rows(matrix.rows())
{
    const int full = static_cast<int>(matrix.dim());
    dims.push_back(full);
    std::erase_if(dims, [full](int d) { return d < 1 || d > full; });
    std::sort(dims.begin(), dims.end());
    dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
    m_dims = std::move(dims);
    std::vector<float> running(m_rows, 0.0f);
    int start = 0;
    for (const int end : m_dims) {
        const auto width = static_cast<std::size_t>(end - start);
        auto& block = m_blocks.emplace_back(m_rows * width);
        for (std::size_t row = 0; row < m_rows; ++row) {
            const float* source = matrix.data() + row * matrix.dim() + start;
            std::copy(source, source + width, block.data() + row * width);
            for (std::size_t i = 0; i < width; ++i)
                running[row] += source[i] * source[i];
        }
        m_squaredNorm.push_back(running);
        auto& inverse = m_inverseNorm.emplace_back(m_rows);
        std::transform(running.begin(), running.end(), inverse.begin(), inverseOf);
        start = end;
    }
}

void NestedLayout::scanRows(const float* query, int dim, float scale, std::size_t first, std::size_t last,
                            std::size_t k, std::span<const std::uint32_t> tieRanks,
                            std::vector<Candidate>& out) const
{
    // Segments wholly inside [0, dim), then at most one partial segment.
    const auto whole =
        static_cast<std::size_t>(std::upper_bound(m_dims.begin(), m_dims.end(), dim) - m_dims.begin());
    const int wholeEnd = whole == 0 ? 0 : m_dims[whole - 1];
    const bool partial = wholeEnd < dim;
    std::vector<Candidate> storage(CandidateBuffer::capacity(k));
    CandidateBuffer::State state;
    CandidateBuffer buffer(storage.data(), &state, k);
    float dots[kTile], inverse[kTile], scores[kTile];
    std::uint32_t positions[kTile];
    for (std::size_t tile = first; tile < last; tile += kTile) {
        const std::size_t n = std::min(kTile, last - tile);
        std::fill(dots, dots + n, 0.0f);
        int start = 0;
        for (std::size_t s = 0; s < whole + (partial ? 1 : 0); ++s) {
            const auto width = static_cast<std::size_t>(m_dims[s] - start);
            const auto used = s < whole ? width : static_cast<std::size_t>(dim - start);
            addDots(m_blocks[s].data() + tile * width, width, used, query + start, n, dots);
            start = m_dims[s];
        }
        const float* inverseNorms = nullptr;
        if (!partial) {
            inverseNorms = m_inverseNorm[whole - 1].data() + tile;
        } else {
            const auto width = static_cast<std::size_t>(m_dims[whole] - wholeEnd);
            const auto used = static_cast<std::size_t>(dim - wholeEnd);
            const float* block = m_blocks[whole].data() + tile * width;
            for (std::size_t r = 0; r < n; ++r) {
                float squared = whole == 0 ? 0.0f : m_squaredNorm[whole - 1][tile + r];
                for (std::size_t i = 0; i < used; ++i)
                    squared += block[r * width + i] * block[r * width + i];
                inverse[r] = inverseOf(squared);
            }
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

std::vector<Candidate> NestedLayout::topK(std::span<const float> query, int dim, std::size_t k,
                                          std::span<const std::uint32_t> tieRanks, unsigned threads) const
{
    if (m_rows == 0 || k == 0)
        return {};
    dim = std::clamp(dim, 1, std::min(static_cast<int>(this->dim()), static_cast<int>(query.size())));
    float squared = 0.0f;
    for (int i = 0; i < dim; ++i)
        squared += query[static_cast<std::size_t>(i)] * query[static_cast<std::size_t>(i)];
    const float scale = inverseOf(squared);
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    // Chunks of whole tiles, at least 16 tiles each so that small catalogs do not start idle threads.
    const std::size_t tiles = (m_rows + kTile - 1) / kTile;
    const std::size_t parts = std::clamp<std::size_t>(tiles / 16, 1, threads);
    const std::size_t chunk = (tiles + parts - 1) / parts * kTile;
    std::vector<std::vector<Candidate>> found(parts);
    std::vector<std::future<void>> running;
    for (std::size_t part = 1; part < parts; ++part)
        running.push_back(std::async(std::launch::async, [&, part] {
            scanRows(query.data(), dim, scale, part * chunk, std::min(m_rows, (part + 1) * chunk), k,
                     tieRanks, found[part]);
        }));
    scanRows(query.data(), dim, scale, 0, std::min(m_rows, chunk), k, tieRanks, found[0]);
    std::vector<Candidate> all = std::move(found[0]);
    for (std::size_t part = 1; part < parts; ++part) {
        running[part - 1].get();
        all.insert(all.end(), found[part].begin(), found[part].end());
    }
    const std::size_t n = std::min(k, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), betterThan);
    all.resize(n);
    return all;
}

} // namespace near2
