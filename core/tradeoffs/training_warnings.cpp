#include "core/tradeoffs/training_warnings.h"

#include <fmt/format.h>

namespace near2 {

namespace {

void check(std::vector<std::string>& warnings, const char* what, std::size_t rows, std::size_t centroids)
{
    const std::size_t wanted = centroids * kFaissMinPointsPerCentroid;
    if (rows < wanted)
        warnings.push_back(fmt::format("{}: {} training points for {} centroids (FAISS wants at least {})", what,
                                       rows, centroids, wanted));
}

} // namespace

std::vector<std::string> trainingWarnings(const CellSpec& spec, std::size_t rows)
{
    std::vector<std::string> warnings;
    if (spec.index == IndexKind::IvfPq) {
        check(warnings, "IVF lists", rows, static_cast<std::size_t>(spec.ivfpq.nlist));
        if (spec.ivfpq.bits > 0 && spec.ivfpq.bits < 32)
            check(warnings, "PQ sub-quantizer", rows, std::size_t{1} << spec.ivfpq.bits);
    }
    return warnings;
}

} // namespace near2
