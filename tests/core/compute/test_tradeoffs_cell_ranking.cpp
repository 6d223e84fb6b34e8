// One query ranked with one cell (the workbench's selection): the same top-k as that cell's row in the grid,
// for an exact and an approximate cell, and every cell's key set for the project store; a ranker keeps the
// searchers of the cells in use.
#include "core/tradeoffs/cell_ranking.h"
#include "test_tradeoffs_fixture.h"

#include <algorithm>
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

// Clicking through queries with one cell selected, beside the reference: each searcher is built once, and
// a third cell evicts the least recently used one.
TEST(TradeoffCellRanking, RankerKeepsTheSearchersInUse)
{
    const auto& outcome = smallGrid();
    const auto& prepared = near2::test::tradeoffFixture().inputs;
    const auto rows = outcome.plan.searchableQueryRows();
    const auto& queries = prepared.queryEmbeddings;
    CellRanker ranker(prepared.corpusEmbeddings);
    const auto& cells = outcome.report.cells;
    const auto hnsw = std::find_if(cells.begin(), cells.end(),
                                   [](const CellMeasure& c) { return c.spec.index == IndexKind::Hnsw; });
    ASSERT_NE(hnsw, cells.end());
    CellSpec reference;
    reference.dim = static_cast<int>(prepared.corpusEmbeddings.dim());
    for (const std::size_t query : {std::size_t{0}, std::size_t{7}, std::size_t{3}}) {
        const std::span<const float> row(queries.data() + rows[query] * queries.dim(), queries.dim());
        const TopKLists one = ranker.rank(hnsw->spec, row, hnsw->rankings.k, outcome.plan.tieRanks);
        const auto expected = hnsw->rankings.docsOf(query);
        EXPECT_EQ(std::vector<std::int32_t>(one.docs.begin(), one.docs.end()),
                  std::vector<std::int32_t>(expected.begin(), expected.end()));
        (void)ranker.rank(reference, row, 10, outcome.plan.tieRanks);
    }
    EXPECT_EQ(ranker.searchersBuilt(), 2u);
    CellSpec other = reference;
    other.dim = 16;
    const std::span<const float> first(queries.data() + rows[0] * queries.dim(), queries.dim());
    (void)ranker.rank(other, first, 10, outcome.plan.tieRanks);     // evicts the HNSW searcher
    (void)ranker.rank(reference, first, 10, outcome.plan.tieRanks); // still kept
    EXPECT_EQ(ranker.searchersBuilt(), 3u);
    (void)ranker.rank(hnsw->spec, first, 10, outcome.plan.tieRanks);
    EXPECT_EQ(ranker.searchersBuilt(), 4u);
}
