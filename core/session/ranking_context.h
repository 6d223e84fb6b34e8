#pragma once
// What the ad-hoc query needs, loaded once per project on a worker: the dataset (titles and fields of any
// product), the catalog and query embeddings (memory-mapped where they are files) and a query encoder (the
// model bundle, or the demo model). The nested blocks wait for the first ad-hoc query (nested_catalog.h).
#include "core/data/dataset.h"
#include "core/embed/embedding_matrix.h"
#include "core/session/nested_catalog.h"
#include "core/session/single_query_ranking.h"
#include "core/store/project_data.h"
#include "core/util/progress.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace near2::session {

struct RankingContext
{
    std::shared_ptr<const Dataset> dataset;
    EmbeddingMatrix corpus;
    EmbeddingMatrix queries; // every query of the dataset, for dims evaluated on demand; empty when unknown
    std::shared_ptr<const NestedCatalog>
        catalog; // the corpus in nested blocks (the project's dims), on demand
    std::vector<std::uint32_t> tieRanks;
    std::function<std::vector<float>(const std::string&)> encodeQuery; // empty: no model (embedding files)
};

// Throws InputError naming the missing dataset or embedding file. `projectFile`: where the project lives
// (its nested blocks are cached beside it); empty: kept in memory.
std::shared_ptr<const RankingContext> loadRankingContext(const ProjectSnapshot& project,
                                                         const JobControl& job,
                                                         const std::filesystem::path& projectFile = {});

struct AdhocRanking
{
    std::string text;
    int dim = 0, referenceDim = 0;
    std::vector<RankedDoc> current, reference;
    std::map<std::int32_t, ProductRecord> products; // every product either list names
};

// A catalog row as the views show it: id, title, the text and the other attributes as fields.
ProductRecord productRecordOf(const Dataset& dataset, std::int32_t row);

// The first query of a project makes its nested blocks (reported as "nested blocks", cancellable).
AdhocRanking rankAdhocQuery(const RankingContext& context, const std::string& text, int dim, int referenceDim,
                            std::size_t k, const JobControl& job = {});

} // namespace near2::session
