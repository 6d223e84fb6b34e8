#pragma once
// The trade-off page's work on a worker: what the grid needs from a project (dataset, embeddings, the split's
// plan), computing the grid with the cells the project already holds reused (the caller stores the new grid),
// and one query's ranking from one cell of the grid.
#include "core/data/dataset.h"
#include "core/embed/embedding_matrix.h"
#include "core/eval/evaluation_plan.h"
#include "core/session/ranking_context.h"
#include "core/session/single_query_ranking.h"
#include "core/store/project_data.h"
#include "core/tradeoffs/cell_ranking.h"
#include "core/util/progress.h"

#include <map>
#include <memory>
#include <string>

namespace near2::session {

struct TradeoffContext
{
    std::shared_ptr<const Dataset> dataset;
    EvaluationPlan plan;
    EmbeddingMatrix queries; // one row per searchable query of `plan`, in plan order
    EmbeddingMatrix corpus;
    ScoringOptions scoring;             // the project's k
    std::string dataKey;                // as `near2 tradeoffs` forms it, so the CLI's cells are reused
    std::shared_ptr<CellRanker> ranker; // keeps the selected cells' index searchers
};

// Throws InputError naming a missing dataset or embedding file.
std::shared_ptr<const TradeoffContext> loadTradeoffContext(const ProjectSnapshot& project,
                                                           const JobControl& job);

// The same from the session's loaded catalog (no second copy of the dataset or the catalog's embeddings);
// null when that context has no query embeddings.
std::shared_ptr<const TradeoffContext> tradeoffContextFrom(const ProjectSnapshot& project,
                                                           const RankingContext& ranking);

// The grid of `options` (dims, precisions, indexes; scoring and data key come from `context`), reusing the
// cells the project holds (ProjectStore::storedTradeoffCells).
TradeoffReport computeTradeoffGrid(const TradeoffContext& context, TradeoffOptions options,
                                   const std::vector<CellMeasure>& storedCells, const JobControl& job);

struct CellRanking
{
    std::string queryId;
    std::size_t cell = 0;                           // index into the grid the request came from
    std::vector<RankedDoc> ranked;                  // the cell's top k for the query
    std::vector<RankedDoc> reference;               // fp32 flat at the full dim, for the rank shifts
    std::map<std::int32_t, ProductRecord> products; // every product either list names
};

// Throws InputError when the query is not a searchable query of the split.
CellRanking rankQueryForCell(const TradeoffContext& context, const CellSpec& spec, std::size_t cell,
                             const std::string& queryId, std::size_t k);

} // namespace near2::session
