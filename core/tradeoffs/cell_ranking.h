#pragma once
// One query's results from one cell of the grid (the workbench's "show this configuration's ranking"):
// builds the cell's searcher on the catalog and searches that query alone.
#include "core/embed/embedding_matrix.h"
#include "core/search/top_k_lists.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace near2 {

// `query`: one full-dim query row. The top `k` (one row), ties broken by `tieRanks` as the grid does.
// Throws InputError for parameters that cannot work on this catalog.
TopKLists rankQueryWithCell(const CellSpec& spec, const EmbeddingMatrix& corpus, std::span<const float> query,
                            std::size_t k, std::span<const std::uint32_t> tieRanks);

} // namespace near2
