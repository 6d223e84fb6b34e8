#include "core/tradeoffs/cell_results.h"

#include "core/search/candidates.h"
#include "core/tradeoffs/tradeoff_names.h"

#include <algorithm>
#include <vector>

namespace near2 {

TopKLists rankingsOf(std::span<const float> scores, std::span<const std::int64_t> labels, std::size_t queries,
                     std::size_t k, std::span<const std::uint32_t> tieRanks)
{
    TopKLists lists(queries, k);
    std::vector<Candidate> pool(k);
    for (std::size_t q = 0; q < queries; ++q) {
        std::size_t n = 0;
        for (std::size_t r = 0; r < k; ++r) {
            const auto label = labels[q * k + r];
            if (label >= 0)
                pool[n++] = {scores[q * k + r], tieRanks[static_cast<std::size_t>(label)],
                             static_cast<std::int32_t>(label)};
        }
        writeBest(std::span(pool.data(), n), k, lists.docs.data() + q * k, lists.scores.data() + q * k);
    }
    return lists;
}

double flopsPerQuery(const CellSpec& spec, std::size_t rows, std::size_t k)
{
    const double n = static_cast<double>(rows);
    if (spec.index == IndexKind::Funnel) {
        const auto& stages = spec.funnel.stages;
        double flops = 2.0 * stages.front().dim * n;
        for (std::size_t s = 1; s < stages.size(); ++s)
            flops += 2.0 * stages[s].dim * std::min<double>(n, stages[s - 1].keep);
        return flops;
    }
    if (spec.index != IndexKind::Flat || spec.precision == Precision::Binary)
        return 0; // graph and IVF searches visit a data-dependent share of the catalog
    if (spec.precision == Precision::BinaryRescore)
        return 2.0 * spec.dim * std::min<double>(n, static_cast<double>(spec.rescore * k));
    return 2.0 * spec.dim * n;
}

void describeMemory(CellMeasure& cell, const CellSpec& spec)
{
    if (spec.index == IndexKind::Funnel) {
        cell.bytesPerVector = 4.0 * spec.dim;
        return;
    }
    cell.bytesPerVector = codeBytesPerVector(spec.precision, spec.dim, spec.ivfpq.m, spec.ivfpq.bits);
    cell.indexOverheadPerVector = indexOverheadPerVector(spec.index, spec.hnsw.m);
    if (spec.precision == Precision::BinaryRescore) { // the deployment holds the codes and the floats
        cell.rescoreBytesPerVector = 4.0 * spec.dim;
        cell.bytesPerVector += cell.rescoreBytesPerVector;
    }
}

} // namespace near2
