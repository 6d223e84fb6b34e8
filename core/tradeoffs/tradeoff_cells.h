#pragma once
// The list of cells a set of options asks for, in measuring order (dim-major, so each dim's catalog is
// prepared once), with the fp32 full-dim flat reference appended when the grid lacks it, then the funnels.
#include "core/tradeoffs/tradeoff_types.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

struct CellPlan
{
    std::vector<CellSpec> cells;
    std::size_t reference = 0; // fp32 flat at the full dim
};

// Expects validated options; `dims` resolved (not empty).
CellPlan planCells(const TradeoffOptions& options, const std::vector<int>& dims, std::size_t catalogRows,
                   std::size_t fullDim);

// Cells with equal build keys share one built index (they differ only in search-time parameters).
std::string buildKey(const CellSpec& spec);

} // namespace near2
