// The compression statements (issue 16) on hand-made grids: the smallest cell keeping ≥ 99% / ≥ 95% of the
// full-dim fp32 flat metric, its share and its fraction of the memory worked out by hand, ties, funnels, the
// chosen metric and the "nothing smaller keeps it" case.
#include "core/tradeoffs/compression_statements.h"
#include "core/tradeoffs/tradeoff_files.h"
#include "core/tradeoffs/tradeoff_names.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

CellMeasure cell(int dim, Precision precision, IndexKind index, double ndcg, double recall)
{
    CellMeasure c;
    c.spec.dim = dim;
    c.spec.precision = precision;
    c.spec.index = index;
    c.bytesPerVector = codeBytesPerVector(precision, dim);
    if (precision == Precision::BinaryRescore)
        c.bytesPerVector += 4.0 * dim; // as describeMemory counts it
    c.indexOverheadPerVector = indexOverheadPerVector(index, 32);
    if (index == IndexKind::Hnsw)
        c.params = "M=32,efC=200,efS=64";
    c.metrics = {ndcg, recall};
    return c;
}

// Reference 768 fp32 flat: 3072 bytes, ndcg 0.500, recall 0.800.
TradeoffReport grid()
{
    TradeoffReport report;
    report.columns = {"ndcg@10", "recall@100"};
    report.fullDim = 768;
    report.cells = {
        cell(768, Precision::Fp32, IndexKind::Flat, 0.500, 0.800),         // 0: 3072 B
        cell(256, Precision::Fp32, IndexKind::Flat, 0.497, 0.790),         // 1: 1024 B, 99.4%
        cell(256, Precision::Int8, IndexKind::Flat, 0.496, 0.760),         // 2: 256 B, 99.2%
        cell(96, Precision::Fp16, IndexKind::Hnsw, 0.4955, 0.700),         // 3: 192 + 256 = 448 B
        cell(64, Precision::Int8, IndexKind::Flat, 0.480, 0.780),          // 4: 64 B, 96.0%
        cell(768, Precision::Binary, IndexKind::Flat, 0.470, 0.600),       // 5: 96 B, 94%
        cell(64, Precision::BinaryRescore, IndexKind::Flat, 0.499, 0.799), // 6: 8 + 256 = 264 B, 99.8%
        cell(32, Precision::Binary, IndexKind::Flat, 0.300, 0.500),        // 7: 4 B
    };
    CellMeasure funnel = cell(768, Precision::Fp32, IndexKind::Funnel, 0.5, 0.8);
    funnel.bytesPerVector = 1; // would win every statement were funnels candidates
    report.cells.push_back(funnel);
    return report;
}

TEST(CompressionStatements, TheSmallestCellKeepingEachShare)
{
    const TradeoffReport report = grid();
    const auto statements = compressionStatements(report);
    ASSERT_EQ(statements.size(), 2u);
    // 99% of 0.500 = 0.495: cells 1, 2, 3, 6 keep it; the int8 at 256 B is the smallest (binary+rescore at
    // 64 dims holds its float32 vectors too: 264 B).
    EXPECT_EQ(statements[0].share, 0.99);
    ASSERT_TRUE(statements[0].cell);
    EXPECT_EQ(*statements[0].cell, 2u);
    EXPECT_DOUBLE_EQ(statements[0].kept, 0.496 / 0.500);
    EXPECT_DOUBLE_EQ(statements[0].memoryFraction, 256.0 / 3072.0);
    EXPECT_EQ(statementText(report, statements[0]),
              "ndcg@10 ≥ 99% of fp32 flat at dim 768 (0.5000): dim 256 · int8 · flat keeps 99.2% in 1/12 of "
              "the memory (0.4960, 256 bytes per vector)");
    // 95% = 0.475: dim 64 int8 (64 B, 96.0%); the 768 binary (96 B) keeps only 94%.
    ASSERT_TRUE(statements[1].cell);
    EXPECT_EQ(*statements[1].cell, 4u);
    EXPECT_EQ(statementText(report, statements[1]),
              "ndcg@10 ≥ 95% of fp32 flat at dim 768 (0.5000): dim 64 · int8 · flat keeps 96.0% in 1/48 of "
              "the memory (0.4800, 64 bytes per vector)");
}

TEST(CompressionStatements, TheChosenMetricGetsItsOwn)
{
    const TradeoffReport report = grid();
    const auto statements = compressionStatements(report, 1);
    ASSERT_EQ(statements.size(), 4u);
    EXPECT_EQ(statements[2].metricColumn, 1u);
    // recall 99% of 0.800 = 0.792: only cell 6 (binary+rescore, 0.799) below 3072 B; 95% = 0.760: cell 4.
    EXPECT_EQ(*statements[2].cell, 6u);
    EXPECT_EQ(*statements[3].cell, 4u);
    EXPECT_EQ(compressionStatements(report, 0).size(), 2u); // ndcg@10 chosen: no repeat
}

TEST(CompressionStatements, NothingSmallerKeepsIt)
{
    TradeoffReport report;
    report.columns = {"ndcg@10", "recall@100"};
    report.fullDim = 64;
    report.cells = {cell(32, Precision::Fp32, IndexKind::Flat, 0.40, 0.7), // smaller but loses 20%
                    cell(64, Precision::Fp32, IndexKind::Flat, 0.50, 0.8),
                    cell(64, Precision::Fp32, IndexKind::Hnsw, 0.50, 0.8)}; // as good, larger
    report.reference = 1;
    const auto statements = compressionStatements(report);
    ASSERT_EQ(statements.size(), 2u);
    EXPECT_FALSE(statements[0].cell);
    EXPECT_FALSE(statements[1].cell);
    EXPECT_EQ(statementText(report, statements[0]),
              "ndcg@10 ≥ 99% of fp32 flat at dim 64 (0.5000): nothing smaller keeps 99%");
    EXPECT_EQ(compressionSummary(report)[1],
              "ndcg@10 ≥ 95% of fp32 flat at dim 64 (0.5000): nothing smaller keeps 95%");
}

TEST(CompressionStatements, TiesGoToTheBetterMetricAndNothingForAZeroReference)
{
    TradeoffReport report;
    report.columns = {"ndcg@10"};
    report.fullDim = 64;
    report.cells = {cell(64, Precision::Fp32, IndexKind::Flat, 0.50, 0),
                    cell(32, Precision::Fp16, IndexKind::Flat, 0.496, 0),
                    cell(64, Precision::Int8, IndexKind::Flat, 0.498, 0)}; // both 64 B
    report.cells[1].metrics = {0.496};
    report.cells[2].metrics = {0.498};
    EXPECT_EQ(*compressionStatements(report)[0].cell, 2u);
    report.cells[0].metrics = {0.0};
    EXPECT_TRUE(compressionStatements(report).empty());
}

TEST(CompressionStatements, MemoryFractions)
{
    EXPECT_EQ(memoryFractionText(1.0 / 16), "1/16");
    EXPECT_EQ(memoryFractionText(1.0 / 12), "1/12");
    EXPECT_EQ(memoryFractionText(0.4), "1/2.5");
    EXPECT_EQ(memoryFractionText(0.5), "1/2");
    EXPECT_EQ(memoryFractionText(0.75), "75%");
    EXPECT_EQ(memoryFractionText(264.0 / 3072), "1/12"); // 11.6: whole numbers from 10 on
    EXPECT_EQ(memoryFractionText(0.3), "1/3.3");
}

} // namespace
} // namespace near2
