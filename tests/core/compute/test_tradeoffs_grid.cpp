// The trade-off grid on a small demo shop: memory formulas, quality relations, and agreement with the
// evaluation core (sweep) and with the flat search.
#include "core/eval/dims.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/tradeoff_validation.h"
#include "core/util/error.h"
#include "test_tradeoffs_fixture.h"
#include "tests/core/compute/cuda_skip.h"

#include <gtest/gtest.h>

using namespace near2;
using near2::test::findCell;
using near2::test::metricOf;

namespace {

TradeoffOutcome runGrid(TradeoffOptions options, TradeoffCache& cache, std::vector<int> dims = {16, 64})
{
    const auto& fixture = near2::test::tradeoffFixture();
    EvaluationInputs inputs = fixture.inputs;
    inputs.dims = std::move(dims);
    return runTradeoffs(fixture.dataset, inputs, std::move(options), cache);
}

const TradeoffOutcome& flatGrid()
{
    static TradeoffCache cache;
    static const TradeoffOutcome outcome = runGrid(near2::test::fastTradeoffOptions(), cache);
    return outcome;
}

// On the CPU the Torch engine computes exactly what FAISS does; a GPU sums in another order, so near-ties may
// swap places and fp32 agrees to 1e-3 only.
void expectTorchFlatMatchesFaiss(const std::string& device)
{
    const double fp32Tolerance = device == "cpu" ? 1e-9 : 1e-3;
    TradeoffCache cache;
    auto options = near2::test::fastTradeoffOptions();
    options.precisions = {Precision::Fp32, Precision::Fp16};
    options.flatEngine = FlatEngine::Torch;
    options.device = device;
    const auto torch = runGrid(options, cache, {16, 64}).report;
    const auto& faiss = flatGrid().report;
    for (const int d : {16, 64})
        for (const Precision p : {Precision::Fp32, Precision::Fp16}) {
            const double a = metricOf(torch, findCell(torch, d, p, IndexKind::Flat), "ndcg@10");
            const double b = metricOf(faiss, findCell(faiss, d, p, IndexKind::Flat), "ndcg@10");
            EXPECT_NEAR(a, b, p == Precision::Fp32 ? fp32Tolerance : 0.002)
                << precisionName(p) << " at " << d;
        }
}

} // namespace

TEST(TradeoffGrid, BytesPerVectorFollowTheFormulas)
{
    const auto& report = flatGrid().report;
    const std::size_t rows = near2::test::tradeoffFixture().dataset.corpus.size();
    for (const int d : {16, 64}) {
        const auto expect = [&](Precision p, double bytes, std::size_t indexBytes) {
            const auto& cell = findCell(report, d, p, IndexKind::Flat);
            EXPECT_EQ(cell.bytesPerVector, bytes) << precisionName(p) << " at " << d;
            EXPECT_EQ(cell.indexBytes, indexBytes) << precisionName(p) << " at " << d;
        };
        expect(Precision::Fp32, 4.0 * d, rows * 4 * static_cast<std::size_t>(d));
        expect(Precision::Fp16, 2.0 * d, rows * 2 * static_cast<std::size_t>(d));
        expect(Precision::Int8, 1.0 * d, rows * static_cast<std::size_t>(d));
        expect(Precision::Binary, d / 8.0, rows * static_cast<std::size_t>(d) / 8);
        // A binary+rescore deployment holds its codes and the float32 vectors the re-scoring reads.
        expect(Precision::BinaryRescore, d / 8.0 + 4.0 * d,
               rows * static_cast<std::size_t>(d) / 8 + rows * 4 * static_cast<std::size_t>(d));
        EXPECT_EQ(findCell(report, d, Precision::BinaryRescore, IndexKind::Flat).rescoreBytesPerVector,
                  4.0 * d);
    }
    EXPECT_EQ(codeBytesPerVector(Precision::ProductQuantized, 64, 16, 8), 16.0);
    EXPECT_EQ(codeBytesPerVector(Precision::ProductQuantized, 64, 8, 4), 4.0);
    EXPECT_EQ(indexOverheadPerVector(IndexKind::Hnsw, 32), 256.0);
    EXPECT_EQ(indexOverheadPerVector(IndexKind::IvfPq, 32), 8.0);
}

TEST(TradeoffGrid, Fp16QualityWithin0002OfFp32)
{
    const auto& report = flatGrid().report;
    for (const int d : {16, 64})
        EXPECT_NEAR(metricOf(report, findCell(report, d, Precision::Fp16, IndexKind::Flat), "ndcg@10"),
                    metricOf(report, findCell(report, d, Precision::Fp32, IndexKind::Flat), "ndcg@10"),
                    0.002);
}

TEST(TradeoffGrid, FlatFp32EqualsTheEvaluationCore)
{
    const auto& fixture = near2::test::tradeoffFixture();
    EvaluationInputs inputs = fixture.inputs;
    inputs.dims = {16, 64};
    const EvaluationOutcome eval = evaluate(fixture.dataset, inputs);
    const auto& report = flatGrid().report;
    for (std::size_t d = 0; d < inputs.dims.size(); ++d) {
        const auto& cell = findCell(report, inputs.dims[d], Precision::Fp32, IndexKind::Flat);
        ASSERT_EQ(cell.metrics.size(), eval.result.mean[d].size());
        for (std::size_t c = 0; c < cell.metrics.size(); ++c)
            EXPECT_NEAR(cell.metrics[c], eval.result.mean[d][c], 1e-9)
                << eval.result.columns[c] << " at " << inputs.dims[d];
        const auto& sweep = eval.rankings.perDim[d];
        ASSERT_EQ(cell.rankings.docs.size(), sweep.docs.size());
        for (std::size_t i = 0; i < sweep.docs.size(); ++i) {
            EXPECT_NEAR(cell.rankings.scores[i], sweep.scores[i], 1e-5);
            if (cell.rankings.docs[i] != sweep.docs[i]) {
                EXPECT_NEAR(cell.rankings.scores[i], sweep.scores[i], 1e-6)
                    << "different documents at a non-tie";
            }
        }
    }
}

TEST(TradeoffGrid, BinaryRescoreAtLeastBinary)
{
    const auto& report = flatGrid().report;
    for (const int d : {16, 64}) {
        const double binary =
            metricOf(report, findCell(report, d, Precision::Binary, IndexKind::Flat), "ndcg@10");
        const double rescored =
            metricOf(report, findCell(report, d, Precision::BinaryRescore, IndexKind::Flat), "ndcg@10");
        EXPECT_GE(rescored, binary) << "dim " << d;
    }
}

TEST(TradeoffGrid, ReferenceIsFp32FlatAtFullDimAndTimingsArePositive)
{
    const auto& report = flatGrid().report;
    const auto& reference = report.cells[report.reference];
    EXPECT_EQ(reference.spec.dim, 64);
    EXPECT_EQ(reference.spec.precision, Precision::Fp32);
    EXPECT_EQ(reference.spec.index, IndexKind::Flat);
    EXPECT_EQ(report.cells.size(), 10u); // 2 dims × 5 precisions
    for (const auto& cell : report.cells) {
        EXPECT_GT(cell.latencyP50Ms, 0);
        EXPECT_GE(cell.latencyP95Ms, cell.latencyP50Ms);
        EXPECT_GT(cell.queriesPerSecond, 0);
        EXPECT_EQ(cell.threads, 2);
    }
}

TEST(TradeoffGrid, CachedCellsAreReused)
{
    TradeoffCache cache;
    auto options = near2::test::fastTradeoffOptions();
    options.precisions = {Precision::Fp32, Precision::Int8};
    const auto first = runGrid(options, cache, {32});
    EXPECT_EQ(cache.size(), 3u); // dim 32 × 2, plus the full-dim reference
    const auto second = runGrid(options, cache, {32});
    ASSERT_EQ(second.report.cells.size(), first.report.cells.size());
    for (std::size_t i = 0; i < first.report.cells.size(); ++i) {
        EXPECT_FALSE(first.report.cells[i].reused);
        EXPECT_TRUE(second.report.cells[i].reused);
        EXPECT_EQ(second.report.cells[i].metrics, first.report.cells[i].metrics);
    }
}

TEST(TradeoffGrid, FunnelWithFullDimFinalStageAndFullShortlistEqualsFlat)
{
    TradeoffCache cache;
    auto options = near2::test::fastTradeoffOptions();
    options.precisions = {Precision::Fp32};
    options.funnels = {parseFunnelSpec("8:2000,32:2000,64:10")};
    const auto report = runGrid(options, cache, {64}).report;
    const auto& flat = findCell(report, 64, Precision::Fp32, IndexKind::Flat);
    const auto& funnel = findCell(report, 64, Precision::Fp32, IndexKind::Funnel);
    EXPECT_EQ(funnel.params, "8:2000,32:2000,64:10");
    EXPECT_EQ(funnel.bytesPerVector, 256.0);
    EXPECT_DOUBLE_EQ(funnel.flopsPerQuery, 2.0 * (8 * 2000 + 32 * 2000 + 64 * 2000));
    // The demo catalog holds products with identical texts: where such a tie group straddles the cut, which
    // members make the top k depends on the scan order, so documents may differ only at (near-)equal scores.
    ASSERT_EQ(funnel.rankings.docs.size(), flat.rankings.docs.size());
    for (std::size_t i = 0; i < flat.rankings.docs.size(); ++i) {
        EXPECT_NEAR(funnel.rankings.scores[i], flat.rankings.scores[i], 1e-5) << "at " << i;
        if (funnel.rankings.docs[i] != flat.rankings.docs[i]) {
            EXPECT_NEAR(funnel.rankings.scores[i], flat.rankings.scores[i], 1e-6)
                << "different documents at " << i;
        }
    }
    for (std::size_t c = 0; c < flat.metrics.size(); ++c)
        EXPECT_NEAR(funnel.metrics[c], flat.metrics[c], 1e-3) << report.columns[c];
}

TEST(TradeoffGrid, HnswAndIvfPqCells)
{
    TradeoffCache cache;
    auto options = near2::test::fastTradeoffOptions();
    options.precisions = {Precision::Fp32, Precision::Int8, Precision::Binary};
    options.indexes = {IndexKind::Flat, IndexKind::Hnsw, IndexKind::IvfPq};
    options.hnswM = {16};
    options.efConstruction = {40};
    options.efSearch = {16, 64};
    options.nlist = {16};
    options.nprobe = {4, 16};
    options.pqM = {8};
    const auto report = runGrid(options, cache, {64}).report;
    const double flat = metricOf(report, findCell(report, 64, Precision::Fp32, IndexKind::Flat), "ndcg@10");
    int hnswCells = 0, ivfCells = 0;
    for (const auto& cell : report.cells) {
        if (cell.spec.index == IndexKind::Hnsw) {
            ++hnswCells;
            EXPECT_EQ(cell.indexOverheadPerVector, 128.0);
            EXPECT_GT(cell.indexBytes, static_cast<std::size_t>(2000 * cell.bytesPerVector));
            if (cell.spec.precision == Precision::Fp32 && cell.spec.hnsw.efSearch == 64) {
                EXPECT_GT(metricOf(report, cell, "ndcg@10"), flat - 0.03) << cell.params;
            }
        } else if (cell.spec.index == IndexKind::IvfPq) {
            ++ivfCells;
            EXPECT_EQ(cell.spec.precision, Precision::ProductQuantized);
            EXPECT_EQ(cell.bytesPerVector, 8.0);
            EXPECT_EQ(cell.params.rfind("nlist=16,nprobe=", 0), 0u) << cell.params;
            EXPECT_GT(metricOf(report, cell, "ndcg@10"), 0.0);
        }
    }
    EXPECT_EQ(hnswCells, 6); // 3 precisions × 2 efSearch
    EXPECT_EQ(ivfCells, 2);  // 2 nprobe
}

TEST(TradeoffGrid, TorchFlatEngineOnCpuMatchesFaiss)
{
    expectTorchFlatMatchesFaiss("cpu");
}

TEST(TradeoffGrid, TorchFlatEngineOnGpuMatchesFaiss)
{
    NEAR2_SKIP_WITHOUT_CUDA();
    expectTorchFlatMatchesFaiss("cuda");
}

TEST(TradeoffGrid, CancelStopsTheRun)
{
    TradeoffCache cache;
    CancelToken token;
    token.cancel();
    const auto& fixture = near2::test::tradeoffFixture();
    EXPECT_THROW(runTradeoffs(fixture.dataset, fixture.inputs, near2::test::fastTradeoffOptions(), cache,
                              JobControl{{}, &token}),
                 CancelledError);
}
