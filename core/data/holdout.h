#pragma once
// A deterministic query-level holdout: re-splits a dataset's judgements into `test` (a given fraction of the
// judged queries) and `train` (the rest), so no query's judgements straddle the two.
#include "core/data/dataset.h"

#include <cstdint>

namespace near2 {

// The queries are ordered by a hash of (seed, query id) and the first round(fraction × count) go to `test`:
// the same ids and seed always give the same split. Throws InputError unless 0 < fraction < 1.
void applyQueryHoldout(Dataset& dataset, double fraction, std::uint64_t seed = 13);

} // namespace near2
