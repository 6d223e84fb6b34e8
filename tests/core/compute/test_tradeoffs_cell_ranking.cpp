// One query ranked with one cell (the workbench's selection): the same top-k as that cell's row in the grid,
// for an exact and an approximate cell, and every cell's key set for the project store.
#include "core/tradeoffs/cell_ranking.h"
#include "test_tradeoffs_fixture.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

const TradeoffOutcome& smallGrid()
{
    static TradeoffCache cache;
    static const TradeoffOutcome outcome = [] {
        const auto& fixture = near2::test::tradeoffFixture();
        EvaluationInputs inputs = fixture.inputs;
        inputs.dims = {16, 64};
        TradeoffOptions options = near2::test::fastTradeoffOptions();
        options.precisions = {Precision::Fp32, Precision::Binary};
        options.indexes = {IndexKind::Flat, IndexKind::Hnsw};
        return runTradeoffs(fixture.dataset, inputs, options, cache);
    }();
    return outcome;
}

void expectSameAsGrid(const CellMeasure& cell, std::size_t query)
{
    const auto& outcome = smallGrid();
    const auto& prepared = near2::test::tradeoffFixture().inputs;
    const auto rows = outcome.plan.searchableQueryRows();
    const auto& queries = prepared.queryEmbeddings;
    const std::span<const float> row(queries.data() + rows[query] * queries.dim(), queries.dim());
    const TopKLists one =
        rankQueryWithCell(cell.spec, prepared.corpusEmbeddings, row, cell.rankings.k, outcome.plan.tieRanks);
    ASSERT_EQ(one.queries, 1u);
    const auto expected = cell.rankings.docsOf(query);
    EXPECT_EQ(std::vector<std::int32_t>(one.docs.begin(), one.docs.end()),
              std::vector<std::int32_t>(expected.begin(), expected.end()))
        << "dim " << cell.spec.dim << " cell " << cell.params;
}

} // namespace

TEST(TradeoffCellRanking, MatchesTheGridForExactAndApproximateCells)
{
    const auto& report = smallGrid().report;
    for (const auto& cell : report.cells) {
        EXPECT_FALSE(cell.key.empty());
        for (const std::size_t query : {std::size_t{0}, std::size_t{7}})
            expectSameAsGrid(cell, query);
    }
}
