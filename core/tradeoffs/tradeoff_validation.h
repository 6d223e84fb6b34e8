#pragma once
// Parameters that cannot work are refused before any work, with the reason (InputError).
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <string>

namespace near2 {

// "16:200,64:50,768:10" → stages. Throws InputError for malformed text, dims that do not increase, or a
// shortlist smaller than the next stage's.
FunnelSpec parseFunnelSpec(const std::string& text);

// Checks every cell the options ask for against the catalog (rows × fullDim): dims in range, binary dims
// divisible by 8, PQ m dividing each dim, nlist ≤ catalog, enough rows to train 2^bits PQ centroids,
// nprobe ≤ nlist, funnel dims within the embeddings and last stages keeping at least the largest cutoff.
void validateTradeoffOptions(const TradeoffOptions& options, std::size_t catalogRows, std::size_t fullDim);

// Replaces the auto (0) values of `params` for this dim and catalog size.
IvfPqParams resolveIvfPq(IvfPqParams params, int dim, std::size_t catalogRows);

} // namespace near2
