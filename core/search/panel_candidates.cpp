#include "core/search/panel_candidates.h"

#include "core/search/kth_largest.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace near2 {

PanelCandidates::PanelCandidates(WorkerBuffers& buffers, std::span<const std::uint32_t> tieRanks,
                                 std::size_t blockQueries, std::size_t dimCount)
    : m_buffers(buffers), m_tieRanks(tieRanks), m_blockQueries(blockQueries),
      m_starts(dimCount * kPanelQueries + 1)
{
}

void PanelCandidates::take(const PanelHits& hits)
{
    // Early tiles pass almost everything: many hits per buffer are sorted by buffer first, so that each
    // buffer's run can be cut to its best k before any is added.
    if (hits.size > m_buffers.k * kPanelQueries) {
        takeSorted(hits);
        return;
    }
    // Later, a hit or two per buffer: in the kernel's order, fetching buffers a few hits ahead (they are
    // cold: a block's buffers outgrow the caches).
    constexpr std::size_t kAhead = 8;
    for (std::size_t h = 0; h < std::min(kAhead, hits.size); ++h)
        m_buffers.buffer(hits.slots[h]).prefetchNextSlot();
    for (std::size_t h = 0; h < hits.size; ++h) {
        if (h + kAhead < hits.size)
            m_buffers.buffer(hits.slots[h + kAhead]).prefetchNextSlot();
        float& admission = m_buffers.admission[hits.slots[h]];
        if (hits.scores[h] < admission)
            continue;
        CandidateBuffer candidates = m_buffers.buffer(hits.slots[h]);
        add(candidates, hits.scores[h], hits.docs[h]);
        admission = std::max(admission, candidates.threshold());
    }
}

// A batch holds one query panel's hits (panels start at multiples of kPanelQueries in the block): a counting
// sort by (dim, query in the panel) gives each candidate buffer its hits in one run.
void PanelCandidates::takeSorted(const PanelHits& hits)
{
    const auto local = [this](std::uint32_t slot) {
        return slot / m_blockQueries * kPanelQueries + slot % m_blockQueries % kPanelQueries;
    };
    const auto panelOf = [this](std::uint32_t slot) { return slot % m_blockQueries / kPanelQueries; };
    std::fill(m_starts.begin(), m_starts.end(), 0u);
    for (std::size_t h = 0; h < hits.size; ++h) {
        if (panelOf(hits.slots[h]) != panelOf(hits.slots[0]))
            throw std::logic_error("PanelCandidates: a batch of hits spans two query panels");
        ++m_starts[local(hits.slots[h]) + 1];
    }
    for (std::size_t i = 1; i < m_starts.size(); ++i)
        m_starts[i] += m_starts[i - 1];
    auto& sorted = m_buffers.sortedHits;
    sorted.resize(hits.size);
    m_next.assign(m_starts.begin(), m_starts.end() - 1);
    for (std::size_t h = 0; h < hits.size; ++h)
        sorted[m_next[local(hits.slots[h])]++] = static_cast<std::uint32_t>(h);
    for (std::size_t i = 0; i + 1 < m_starts.size(); ++i)
        if (m_starts[i + 1] > m_starts[i])
            takeRun(hits, std::span<const std::uint32_t>(sorted).subspan(m_starts[i],
                                                                         m_starts[i + 1] - m_starts[i]));
}

void PanelCandidates::takeRun(const PanelHits& hits, std::span<const std::uint32_t> run)
{
    const std::uint32_t slot = hits.slots[run.front()];
    CandidateBuffer candidates = m_buffers.buffer(slot);
    float& admission = m_buffers.admission[slot];
    const std::size_t k = m_buffers.k;
    float runKth = -std::numeric_limits<float>::infinity();
    if (run.size() > k) {
        auto& selection = m_buffers.selection;
        selection.resize(run.size());
        for (std::size_t h = 0; h < run.size(); ++h)
            selection[h] = hits.scores[run[h]];
        runKth = kthLargest(selection.data(), run.size(), k);
    }
    for (const std::uint32_t h : run) {
        if (hits.scores[h] < runKth || hits.scores[h] < admission)
            continue;
        add(candidates, hits.scores[h], hits.docs[h]);
        admission = std::max(admission, candidates.threshold());
    }
    // Every hit at or above the run's k-th score went in, unless the buffer's threshold stood above it (every
    // hit of the run passed the admission value this batch started with).
    if (run.size() > k)
        candidates.raiseThreshold(runKth);
    admission = std::max(admission, candidates.threshold());
}

void PanelCandidates::add(CandidateBuffer& candidates, float score, std::uint32_t docInTile)
{
    const auto doc = static_cast<std::uint32_t>(m_t0 + docInTile);
    candidates.add({score, m_tieRanks[doc], static_cast<std::int32_t>(doc)});
}

} // namespace near2
