#pragma once
// Times a built searcher: single-query latency (one query at a time, one thread) and the throughput of one
// batch of every query on the batch thread count; the batch's results are the cell's rankings.
#include "core/embed/embedding_matrix.h"
#include "core/tradeoffs/cell_searcher.h"
#include "core/util/progress.h"

#include <cstdint>
#include <vector>

namespace near2 {

struct CellTiming
{
    double latencyP50Ms = 0, latencyP95Ms = 0;
    double queriesPerSecond = 0;
    std::vector<float> scores;        // queries × k
    std::vector<std::int64_t> labels; // queries × k
};

// Percentile by the nearest-rank method on a copy of `values` (0 when empty).
double percentile(std::vector<double> values, double fraction);

CellTiming timeSearcher(const CellSearcher& searcher, const EmbeddingMatrix& queries, std::size_t k,
                        std::size_t latencyQueries, int batchThreads, const JobControl& job);

} // namespace near2
