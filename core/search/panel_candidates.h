#pragma once
// Where the register kernel's hits become candidates: the block's candidate buffers and the admission
// thresholds the kernel reads.
#include "core/search/sweep_buffers.h"

#include <cstdint>
#include <span>

namespace near2 {

class PanelCandidates final : public PanelHitSink
{
public:
    PanelCandidates(WorkerBuffers& buffers, std::span<const std::uint32_t> tieRanks, std::size_t blockQueries,
                    std::size_t dimCount);
    void setTile(std::size_t t0) { m_t0 = t0; }
    void take(const PanelHits& hits) override;

private:
    void takeSorted(const PanelHits& hits);
    void takeRun(const PanelHits& hits, std::span<const std::uint32_t> run);
    void add(CandidateBuffer& candidates, float score, std::uint32_t docInTile);

    WorkerBuffers& m_buffers;
    std::span<const std::uint32_t> m_tieRanks;
    std::size_t m_blockQueries, m_t0 = 0;
    std::vector<std::uint32_t> m_starts, m_next;
};

} // namespace near2
