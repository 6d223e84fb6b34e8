#pragma once
// The sweep's register kernel: prefix dot products of a block of queries with a catalog tile, kept in
// registers from the first dimension to the last, checked against the admission thresholds at every nested
// dimension on the way. No score matrix is written, and the catalog tile is packed once for the whole block
// (a BLAS product per segment re-packs it for every segment and writes and re-reads the scores).
#include <cstddef>
#include <cstdint>
#include <span>

namespace near2 {

inline constexpr std::size_t kPanelDocs = 32;    // catalog rows per panel: two AVX-512 vectors
inline constexpr std::size_t kPanelQueries = 12; // queries per panel: 2 × 12 accumulators in registers

// Panel layout: rows [p·width, (p+1)·width) of `rows` (row-major, `stride` floats apart) go to panel p,
// dimension-major: element (row r, dimension d) lands at out[p·depth·width + d·width + r % width]. Only the
// first `depth` dimensions are packed; a short last panel is padded with zeros.
void packPanels(const float* rows, std::size_t count, std::size_t stride, std::size_t depth,
                std::size_t width, float* out);
constexpr std::size_t panelFloats(std::size_t count, std::size_t depth, std::size_t width)
{
    return (count + width - 1) / width * width * depth;
}

// Scores at or above their query's admission threshold, for the query's candidates at one nested dimension.
struct PanelHits
{
    const float* scores;
    const std::uint32_t* docs;  // in the tile
    const std::uint32_t* slots; // dimIndex · queries + query (in the block), as PanelScan::admission
    std::size_t size;
};

// Takes the hits in batches (after each query panel's pass over the tile, or when the log is full): one call
// for many hits, whose candidate buffers can be fetched ahead. It must keep `admission` current (it may only
// rise) and re-check each score against its own buffer.
class PanelHitSink
{
public:
    virtual void take(const PanelHits& hits) = 0;

protected:
    ~PanelHitSink() = default;
};

// The hit log must hold one catalog panel's worst case: every score of a query panel at every dim.
constexpr std::size_t minPanelHitLog(std::size_t dimCount)
{
    return dimCount * kPanelQueries * kPanelDocs;
}

struct PanelScan
{
    const float* docPanels = nullptr; // packPanels(…, kPanelDocs) of the tile, depth = dims.back()
    std::size_t docs = 0;
    const float* queryPanels = nullptr; // packPanels(…, kPanelQueries) of the block, same depth
    std::size_t queries = 0;
    std::span<const int> dims;        // ascending nested dimensions
    const float* const* docInverse;   // per dim index: 1/‖prefix‖ of the tile's rows
    const float* const* queryInverse; // per dim index: 1/‖prefix‖ of the block's queries
    const float* admission;           // [dimIndex · queries + query]: lowest score that may enter
    float* hitScores;                 // the hit log: hitCapacity ≥ minPanelHitLog(dims.size()) of each
    std::uint32_t* hitDocs;
    std::uint32_t* hitSlots;
    std::size_t hitCapacity;
    PanelHitSink* sink;
};

// Whether this CPU runs the kernel (AVX-512F); otherwise the sweep uses a matrix product per segment.
bool panelKernelAvailable();

// Score = (dot · docInverse) · queryInverse, multiplied in the per-segment path's order (the dots themselves
// are summed in another order, so near-ties may break differently in the last bit); every score ≥ admission
// goes to the sink.
void scanPanels(const PanelScan& scan);

} // namespace near2
