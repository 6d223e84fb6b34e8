// Trade-off cells in a project (schema 3): round trip of every field, the latest grid beside earlier cells,
// and the upgrade of a version 2 project.
#include "core/store/project_store.h"
#include "core/store/schema.h"
#include "core/store/sqlite_database.h"
#include "core/store/tradeoff_records.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

CellMeasure sampleCell(int dim, Precision precision, IndexKind index, double ndcg)
{
    CellMeasure cell;
    cell.spec.dim = dim;
    cell.spec.precision = precision;
    cell.spec.index = index;
    cell.spec.hnsw = {16, 40, 64};
    cell.spec.ivfpq = {16, 4, 8, 6};
    cell.spec.rescore = 7;
    cell.key = std::to_string(dim) + precisionName(precision) + indexName(index);
    cell.params = "M=16,efC=40,efS=64";
    cell.bytesPerVector = dim / 8.0;
    cell.indexOverheadPerVector = 128;
    cell.rescoreBytesPerVector = 4.0 * dim;
    cell.indexBytes = 123456789012ull;
    cell.buildSeconds = 0.125;
    cell.latencyP50Ms = 1.0 / 3.0;
    cell.latencyP95Ms = 0.75;
    cell.queriesPerSecond = 12345.5;
    cell.threads = 2;
    cell.flopsPerQuery = 2.5e6;
    cell.metrics = {ndcg, 0.1 / 3.0};
    return cell;
}

TradeoffReport sampleReport()
{
    TradeoffReport report;
    report.columns = {"ndcg@10", "p@10"};
    report.fullDim = 64;
    report.cells = {sampleCell(16, Precision::BinaryRescore, IndexKind::Hnsw, 0.4),
                    sampleCell(64, Precision::Fp32, IndexKind::Flat, 0.5)};
    report.cells[0].warnings = {"PQ: 1000 training points for 256 centroids per sub-quantizer", "another"};
    CellMeasure funnel = sampleCell(64, Precision::Fp32, IndexKind::Funnel, 0.45);
    funnel.spec.funnel = {{{16, 200}, {64, 10}}, "16:200,64:10"};
    funnel.key = "funnel";
    report.cells.push_back(funnel);
    report.reference = 1;
    return report;
}

void expectSameCell(const CellMeasure& got, const CellMeasure& want)
{
    EXPECT_EQ(got.key, want.key);
    EXPECT_EQ(got.spec.dim, want.spec.dim);
    EXPECT_EQ(got.spec.precision, want.spec.precision);
    EXPECT_EQ(got.spec.index, want.spec.index);
    EXPECT_EQ(got.spec.hnsw.efSearch, want.spec.hnsw.efSearch);
    EXPECT_EQ(got.spec.ivfpq.bits, want.spec.ivfpq.bits);
    EXPECT_EQ(got.spec.rescore, want.spec.rescore);
    EXPECT_EQ(got.spec.funnel.text, want.spec.funnel.text);
    EXPECT_EQ(got.spec.funnel.stages.size(), want.spec.funnel.stages.size());
    EXPECT_EQ(got.params, want.params);
    EXPECT_EQ(got.bytesPerVector, want.bytesPerVector);
    EXPECT_EQ(got.indexBytes, want.indexBytes);
    EXPECT_EQ(got.latencyP50Ms, want.latencyP50Ms); // exact: doubles round-trip
    EXPECT_EQ(got.queriesPerSecond, want.queriesPerSecond);
    EXPECT_EQ(got.flopsPerQuery, want.flopsPerQuery);
    EXPECT_EQ(got.metrics, want.metrics);
    EXPECT_EQ(got.warnings, want.warnings); // FAISS's training warnings are recorded with the cell
    EXPECT_TRUE(got.reused);
}

TEST(TradeoffStore, SavesAndReopensTheGrid)
{
    test::ScratchDir dir;
    const auto file = dir / "p.near2";
    const TradeoffReport report = sampleReport();
    {
        ProjectStore store(file);
        EXPECT_FALSE(store.load().tradeoffs.has_value());
        store.saveTradeoffs(report);
    }
    const auto loaded = ProjectStore(file).load().tradeoffs;
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->columns, report.columns);
    EXPECT_EQ(loaded->reference, 1u);
    EXPECT_EQ(loaded->fullDim, 64);
    ASSERT_EQ(loaded->cells.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        expectSameCell(loaded->cells[i], report.cells[i]);
    EXPECT_EQ(loaded->cells[2].spec.funnel.stages[1].keep, 10);
}

TEST(TradeoffStore, ANewGridKeepsEarlierCellsForReuse)
{
    test::ScratchDir dir;
    ProjectStore store(dir / "p.near2");
    store.saveTradeoffs(sampleReport());
    TradeoffReport second;
    second.columns = {"ndcg@10", "p@10"};
    second.fullDim = 64;
    second.cells = {sampleCell(64, Precision::Fp32, IndexKind::Flat, 0.55)}; // same key: replaced
    store.saveTradeoffs(second);
    const auto latest = store.load().tradeoffs;
    ASSERT_TRUE(latest.has_value());
    ASSERT_EQ(latest->cells.size(), 1u);
    EXPECT_EQ(latest->cells[0].metrics[0], 0.55);
    EXPECT_EQ(store.storedTradeoffCells().size(), 3u); // the other two stay for reuse
}

TEST(TradeoffStore, UpgradesAVersionTwoProject)
{
    test::ScratchDir dir;
    const auto file = dir / "v2.near2";
    {
        store::Database db(file);
        store::migrate(db, 2);
        db.execute("INSERT INTO tags VALUES ('mine', 9)");
    }
    ProjectStore store(file);
    EXPECT_EQ(store.schemaVersion(), store::kSchemaVersion);
    EXPECT_EQ(store.load().tags.size(), 4u); // version 2 data kept
    store.saveTradeoffs(sampleReport());
    EXPECT_EQ(store.load().tradeoffs->cells.size(), 3u);
}

// Before schema 5 a binary+rescore cell counted only its d/8 bytes of codes; opening counts the float32
// vectors the re-scoring reads too (4d bytes per vector, rows from the fp32 flat cell).
TEST(TradeoffStore, AVersionFourProjectCountsTheRescoreVectors)
{
    test::ScratchDir dir;
    const auto file = dir / "v4.near2";
    constexpr std::size_t rows = 1000;
    TradeoffReport old;
    old.columns = {"ndcg@10", "p@10"};
    old.fullDim = 64;
    CellMeasure reference = sampleCell(64, Precision::Fp32, IndexKind::Flat, 0.5);
    reference.bytesPerVector = 256;
    reference.rescoreBytesPerVector = 0;
    reference.indexBytes = rows * 256;
    CellMeasure flat = sampleCell(16, Precision::BinaryRescore, IndexKind::Flat, 0.45);
    flat.indexBytes = rows * 2; // 16 bits per vector
    CellMeasure hnsw = sampleCell(16, Precision::BinaryRescore, IndexKind::Hnsw, 0.44);
    hnsw.indexBytes = 200000;
    old.cells = {reference, flat, hnsw};
    {
        store::Database db(file);
        store::migrate(db, 4);
        store::writeTradeoffs(db, old);
    }
    const auto loaded = ProjectStore(file).load().tradeoffs;
    ASSERT_TRUE(loaded.has_value());
    ASSERT_EQ(loaded->cells.size(), 3u);
    EXPECT_EQ(loaded->cells[0].bytesPerVector, 256.0); // untouched
    EXPECT_EQ(loaded->cells[0].indexBytes, rows * 256);
    EXPECT_EQ(loaded->cells[1].bytesPerVector, 2.0 + 64.0);
    EXPECT_EQ(loaded->cells[1].indexBytes, rows * (2 + 64));
    EXPECT_EQ(loaded->cells[2].bytesPerVector, 2.0 + 64.0);
    EXPECT_EQ(loaded->cells[2].indexBytes, 200000 + rows * 64);
}

TEST(TradeoffStore, RefusesADamagedCell)
{
    test::ScratchDir dir;
    const auto file = dir / "p.near2";
    {
        ProjectStore store(file);
        store.saveTradeoffs(sampleReport());
    }
    {
        store::Database db(file);
        db.execute("UPDATE tradeoff_cells SET precision = 'fp8' WHERE position = 0");
    }
    try {
        ProjectStore(file).load();
        FAIL() << "a damaged cell was accepted";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("fp8"), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace near2
