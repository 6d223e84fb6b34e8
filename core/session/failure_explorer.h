#pragma once
// The failure explorer's work for one query of the open project (issue 17), as the workbench's jobs run it:
// the catalog prepared once per project (query and product lookups, the product finder), then for the
// selected query its labels (with the analyst's judgements where asked), rank by dim, and what the slider
// redraws at each dim: who displaced which relevant product, the segment comparison of that pair and the 2-D
// map. Plain values in and out; every computation is core/explore's.
#include "core/data/dataset.h"
#include "core/explore/displacement.h"
#include "core/explore/product_search.h"
#include "core/explore/query_map.h"
#include "core/explore/rank_by_dim.h"
#include "core/explore/segment_scores.h"
#include "core/session/ranking_context.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace near2::session {

// The loaded catalog with the lookups the explorer needs; built once per project in a job.
struct ExplorerCatalog
{
    // `withFinder`: index the titles for product search (one tokenizer pass over the catalog).
    explicit ExplorerCatalog(std::shared_ptr<const RankingContext> loaded, bool withFinder = true);

    std::shared_ptr<const RankingContext> context;
    RecordIndex queryIndex;        // the dataset's queries (rows of context->queries)
    RecordIndex productIndex;      // the catalog (rows of context->corpus)
    explore::ProductFinder finder; // the catalog's ids and titles

    // Exact scores of the dataset query `queryId` (no embeddings when it has none): for the catalog scans.
    explore::ExactCatalog exactFor(const std::string& queryId) const;
    // Exact scores of any query vector (an ad-hoc query's).
    explore::ExactCatalog exactFor(std::span<const float> vector) const;
};

std::shared_ptr<const ExplorerCatalog> prepareExplorer(std::shared_ptr<const RankingContext> context,
                                                       const JobControl& job);

// Query `query`'s labels: the dataset's, plus `analyst` judgements of unjudged products where given (the
// dataset's label wins on a conflict). Products the snapshot or the catalog cannot place are left out.
explore::QueryLabels explorerLabels(const ProjectSnapshot& snapshot, std::size_t query,
                                    const std::vector<AnalystJudgement>* analyst,
                                    const ExplorerCatalog* catalog);

// Rank by dim at every dim of the snapshot's run, exact where the catalog is loaded.
explore::RankByDim rankByDimOf(const ProjectSnapshot& snapshot, std::size_t query,
                               const explore::QueryLabels& labels, std::size_t k,
                               const ExplorerCatalog* catalog, const JobControl& job = {});

// What the slider redraws for one query at one dim.
struct QueryExplanation
{
    std::size_t query = 0;
    int dim = 0, referenceDim = 0;
    std::vector<explore::Displacement> displacements;
    // The pair charted: `focus` when it is relevant (else the first relevant product that was displaced,
    // else the first with a rival above it), against its displacer (else its nearest rival).
    std::int32_t relevantRow = -1, otherRow = -1;
    bool otherDisplaced = false; // otherRow displaced relevantRow (false: it is only the nearest rival)
    std::optional<explore::SegmentComparison> segments; // with embeddings and a pair
    std::size_t segmentDimIndex = 0;                    // the current dim in segments->relevant.dims
    std::optional<explore::QueryMap> map;               // with embeddings
};

QueryExplanation explainQuery(const ProjectSnapshot& snapshot, std::size_t query,
                              const explore::QueryLabels& labels, int dim, int referenceDim, std::size_t k,
                              std::int32_t focus, const ExplorerCatalog* catalog);

// The analyst's judgements that apply to the project's run (those the dataset does not judge, of its split's
// queries and catalog products) written as TREC qrels (core/explore/analyst_judgements.h), atomically.
struct AnalystQrelsExport
{
    std::size_t applied = 0, conflicting = 0, unresolved = 0;
};
AnalystQrelsExport exportAnalystQrelsOf(const ProjectSnapshot& snapshot, const Dataset& dataset,
                                        const std::vector<AnalystJudgement>& judgements,
                                        const std::filesystem::path& file);

} // namespace near2::session
