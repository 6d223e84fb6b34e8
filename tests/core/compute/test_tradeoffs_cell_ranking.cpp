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
        CellRanker(prepared.corpusEmbeddings).rank(cell.spec, row, cell.rankings.k, outcome.plan.tieRanks);
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

// Clicking through queries with one index cell selected, beside the flat reference: the index is built once
// (the flat reference each time: keeping it would keep a copy of the catalog); another index evicts the least
// recently used one; an index whose build fails evicts nothing.
TEST(TradeoffCellRanking, RankerKeepsTheIndexesInUse)
{
    const auto& outcome = smallGrid();
    const auto& prepared = near2::test::tradeoffFixture().inputs;
    const auto rows = outcome.plan.searchableQueryRows();
    const auto& queries = prepared.queryEmbeddings;
    const auto rowOf = [&](std::size_t query) {
        return std::span<const float>(queries.data() + rows[query] * queries.dim(), queries.dim());
    };
    const auto& cells = outcome.report.cells;
    const auto hnswAt = [&](int dim) {
        return std::find_if(cells.begin(), cells.end(), [dim](const CellMeasure& c) {
            return c.spec.index == IndexKind::Hnsw && c.spec.dim == dim &&
                   c.spec.precision == Precision::Fp32;
        });
    };
    const auto first = hnswAt(64), second = hnswAt(16);
    ASSERT_NE(first, cells.end());
    ASSERT_NE(second, cells.end());
    CellSpec reference;
    reference.dim = static_cast<int>(prepared.corpusEmbeddings.dim());

    CellRanker ranker(prepared.corpusEmbeddings, 1);
    for (const std::size_t query : {std::size_t{0}, std::size_t{7}, std::size_t{3}}) {
        const TopKLists one =
            ranker.rank(first->spec, rowOf(query), first->rankings.k, outcome.plan.tieRanks);
        const auto expected = first->rankings.docsOf(query);
        EXPECT_EQ(std::vector<std::int32_t>(one.docs.begin(), one.docs.end()),
                  std::vector<std::int32_t>(expected.begin(), expected.end()));
        (void)ranker.rank(reference, rowOf(query), 10, outcome.plan.tieRanks);
    }
    EXPECT_EQ(ranker.searchersBuilt(), 4u); // the index once, the reference three times

    CellSpec broken = second->spec; // IVF-PQ with 3 sub-quantisers on 16 dims: FAISS refuses to build it
    broken.index = IndexKind::IvfPq;
    broken.ivfpq.nlist = 8;
    broken.ivfpq.m = 3;
    EXPECT_ANY_THROW((void)ranker.rank(broken, rowOf(0), 10, outcome.plan.tieRanks));
    (void)ranker.rank(first->spec, rowOf(0), 10, outcome.plan.tieRanks);
    EXPECT_EQ(ranker.searchersBuilt(), 4u); // still kept

    (void)ranker.rank(second->spec, rowOf(0), 10, outcome.plan.tieRanks); // evicts the first
    (void)ranker.rank(second->spec, rowOf(7), 10, outcome.plan.tieRanks);
    (void)ranker.rank(first->spec, rowOf(0), 10, outcome.plan.tieRanks);
    EXPECT_EQ(ranker.searchersBuilt(), 6u);
}
