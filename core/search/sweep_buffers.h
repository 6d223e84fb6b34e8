#pragma once
// The fused sweep's working storage: one worker's candidates for a block of queries, and the admission floors
// that workers splitting a catalog share.
#include "core/search/candidates.h"
#include "core/search/prefix_panels.h"
#include "core/search/top_k_lists.h"

#include <atomic>
#include <limits>
#include <vector>

namespace near2 {

// Dim-major slots: a scan at one dim walks the block's queries through consecutive slots (a few pages instead
// of one page per query, which cost TLB misses). The register kernel's PanelHits::slots use the same index.
inline std::size_t sweepSlot(std::size_t dimIndex, std::size_t queryInBlock, std::size_t blockQueries)
{
    return dimIndex * blockQueries + queryInBlock;
}

// Writes `candidates`' best k (sorted) as `query`'s row of `lists`.
inline void writeBestRow(std::span<Candidate> candidates, TopKLists& lists, std::size_t query)
{
    writeBest(candidates, lists.k, lists.docs.data() + query * lists.k,
              lists.scores.data() + query * lists.k);
}

// One worker's candidates for a block of queries: [dim][query] → up to capacity(k) candidates.
struct WorkerBuffers
{
    std::vector<Candidate> items;
    std::vector<CandidateBuffer::State> states;
    std::vector<float> hitScores; // a tile's scores that passed: positions, or the register kernel's log
    std::vector<std::uint32_t> hitPositions;
    std::vector<std::uint32_t> hitSlots;
    std::vector<float> selection;
    std::vector<float> queryPanels, admission; // the register kernel's
    std::vector<std::uint32_t> sortedHits;
    std::size_t k = 0;
    void reset(std::size_t slots, std::size_t depth, std::size_t tileRows)
    {
        k = depth;
        hitScores.resize(tileRows);
        hitPositions.resize(tileRows);
        items.resize(slots * CandidateBuffer::capacity(depth));
        states.assign(slots, {});
    }
    CandidateBuffer buffer(std::size_t slot)
    {
        return {items.data() + slot * CandidateBuffer::capacity(k), &states[slot], k};
    }
};

// With the catalog split between workers, a worker's k-th best score for a query is a floor for the others
// too (k documents of the catalog reach it): sharing it spares them the candidates below it.
class SharedFloors
{
public:
    void reset(std::size_t dims, std::size_t queries)
    {
        m_queries = queries;
        m_floors = std::vector<std::atomic<float>>(dims * queries);
        for (auto& floor : m_floors)
            floor.store(-std::numeric_limits<float>::infinity(), std::memory_order_relaxed);
    }
    bool active() const { return !m_floors.empty(); }
    float get(std::size_t dimIndex, std::size_t q) const
    {
        return m_floors[dimIndex * m_queries + q].load(std::memory_order_relaxed);
    }
    void raise(std::size_t dimIndex, std::size_t q, float value)
    {
        auto& floor = m_floors[dimIndex * m_queries + q];
        float current = floor.load(std::memory_order_relaxed);
        while (value > current && !floor.compare_exchange_weak(current, value, std::memory_order_relaxed)) {
        }
    }

private:
    std::size_t m_queries = 0;
    std::vector<std::atomic<float>> m_floors;
};

} // namespace near2
