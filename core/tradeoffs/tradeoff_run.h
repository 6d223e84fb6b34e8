#pragma once
// The trade-off job shared by `near2 tradeoffs` and the workbench: validate every parameter first, then
// build, time and score each cell of the grid (and each funnel) with the evaluation core's metrics.
#include "core/data/dataset.h"
#include "core/embed/embedding_matrix.h"
#include "core/eval/evaluation_plan.h"
#include "core/search/evaluation_run.h"
#include "core/tradeoffs/tradeoff_cache.h"
#include "core/tradeoffs/tradeoff_types.h"
#include "core/util/progress.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

// `queries`: one row per searchable query of `plan` (plan order). Throws InputError before any work for
// parameters that cannot work, CancelledError when cancelled.
TradeoffReport runTradeoffGrid(const EvaluationPlan& plan, const EmbeddingMatrix& queries,
                               const EmbeddingMatrix& corpus, const TradeoffOptions& options,
                               TradeoffCache& cache, const JobControl& job = {});

struct TradeoffOutcome
{
    EvaluationPlan plan;
    TradeoffReport report;
    std::vector<std::string> warnings;
};

// From a dataset and the same inputs as `near2 eval` (split, embeddings, gains, scoring, strict); the grid's
// metrics and dims come from `inputs.scoring` and `inputs.dims` (when set). Judged-only ranking is refused.
TradeoffOutcome runTradeoffs(const Dataset& dataset, const EvaluationInputs& inputs, TradeoffOptions options,
                             TradeoffCache& cache, const JobControl& job = {});

} // namespace near2
