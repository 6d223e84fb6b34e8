#pragma once
// The trade-off grid in a project (schema 3): every measured cell under its cache key, so later runs reuse
// it, and the latest grid (its cells in order, the metric columns, the fp32 full-dim flat reference) for the
// workbench and the report. Cell rankings are not stored: the workbench re-searches one query on demand.
#include "core/store/sqlite_database.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <optional>
#include <vector>

namespace near2::store {

// Makes `report` the project's latest grid; cells of earlier grids stay for reuse. Call inside a transaction.
void writeTradeoffs(const Database& db, const TradeoffReport& report);
// Every stored cell (the latest grid's and earlier ones), keys set, marked reused.
std::vector<CellMeasure> readTradeoffCells(const Database& db);
// The latest grid, or nothing when the project has none.
std::optional<TradeoffReport> readTradeoffReport(const Database& db);

} // namespace near2::store
