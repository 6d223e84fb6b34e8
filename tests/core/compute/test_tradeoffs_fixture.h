#pragma once
// A small demo shop (2000 products, 200 queries) with 64-dim stand-in embeddings, shared by the trade-off
// tests.
#include "core/data/dataset.h"
#include "core/search/evaluation_run.h"
#include "core/tradeoffs/tradeoff_run.h"

namespace near2::test {

struct TradeoffFixture
{
    Dataset dataset;
    EvaluationInputs inputs; // k = 10, all metrics, split "test"
};

const TradeoffFixture& tradeoffFixture();

// Grid options that keep tests fast: few latency queries, two threads.
TradeoffOptions fastTradeoffOptions();

// The cell of `report` with these coordinates (fails the test when absent).
const CellMeasure& findCell(const TradeoffReport& report, int dim, Precision precision, IndexKind index);

double metricOf(const TradeoffReport& report, const CellMeasure& cell, const std::string& column);

} // namespace near2::test
