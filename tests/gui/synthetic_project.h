#pragma once
// A synthetic ProjectSnapshot for GUI tests and benchmarks: `queries` queries, dims 8…`fullDim`, top-`k`
// rankings over `products` products, ESCI-labelled judgements. Deterministic.
#include "core/store/project_data.h"

#include <memory>

namespace near2::test {

std::shared_ptr<ProjectSnapshot> syntheticSnapshot(int queries, int products, int fullDim = 256, int k = 100);

} // namespace near2::test
