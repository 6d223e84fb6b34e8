#pragma once
// The inspector's near-duplicate collapse (issue 17): products of one ranking whose titles differ only in
// colour and size tokens, or whose full-dim embeddings are nearly identical, shown as one row (the best
// ranked member) with a count and the others' titles (core/explore/near_duplicates.h decides).
#include "core/embed/embedding_matrix.h"
#include "widgets/query_inspection.h"

#include <vector>

namespace near2::widgets {

// `corpus` (one row per catalog row) may be null: then titles alone decide.
std::vector<RankingRow> collapseNearDuplicates(const std::vector<RankingRow>& rows,
                                               const EmbeddingMatrix* corpus);

} // namespace near2::widgets
