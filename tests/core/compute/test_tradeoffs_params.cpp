// Parameters that cannot work are refused before any work with the reason; funnel specs; Pareto fronts.
#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/tradeoff_validation.h"
#include "core/util/error.h"
#include "test_tradeoffs_fixture.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

// Runs the grid and expects an InputError mentioning `reason`, raised before any cell was measured.
void expectRefused(TradeoffOptions options, std::vector<int> dims, const std::string& reason)
{
    const auto& fixture = near2::test::tradeoffFixture();
    EvaluationInputs inputs = fixture.inputs;
    inputs.dims = std::move(dims);
    TradeoffCache cache;
    int progressCalls = 0;
    JobControl job;
    job.onProgress = [&](const Progress&) { ++progressCalls; };
    try {
        runTradeoffs(fixture.dataset, inputs, std::move(options), cache, job);
        ADD_FAILURE() << "no InputError; expected one about: " << reason;
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find(reason), std::string::npos) << error.what();
    }
    EXPECT_EQ(progressCalls, 0) << reason;
    EXPECT_EQ(cache.size(), 0u) << reason;
}

TradeoffOptions ivfPq()
{
    auto options = near2::test::fastTradeoffOptions();
    options.precisions = {Precision::Fp32};
    options.indexes = {IndexKind::IvfPq};
    return options;
}

} // namespace

TEST(TradeoffParams, PqMMustDivideEveryDim)
{
    auto options = ivfPq();
    options.pqM = {12};
    expectRefused(options, {48, 64}, "pq-m 12 does not divide dim 64");
}

TEST(TradeoffParams, NlistAboveCatalogSize)
{
    auto options = ivfPq();
    options.nlist = {4096};
    expectRefused(options, {64}, "nlist 4096 exceeds the catalog's 2000 products");
}

TEST(TradeoffParams, PqBitsNeedEnoughProducts)
{
    auto options = ivfPq();
    options.pqBits = {12};
    expectRefused(options, {64}, "pq-bits 12 needs at least 4096 products");
}

TEST(TradeoffParams, BinaryNeedsDimsDivisibleBy8)
{
    auto options = near2::test::fastTradeoffOptions();
    options.precisions = {Precision::Fp32, Precision::Binary};
    expectRefused(options, {12, 64}, "dim 12 is not");
}

TEST(TradeoffParams, DimAboveFullDim)
{
    expectRefused(near2::test::fastTradeoffOptions(), {128}, "128");
}

TEST(TradeoffParams, FunnelLastStageKeepsFewerThanK)
{
    auto options = near2::test::fastTradeoffOptions();
    options.funnels = {parseFunnelSpec("16:100,64:5")};
    expectRefused(options, {64}, "the last stage keeps 5 but the metrics need 10");
}

TEST(TradeoffParams, FunnelDimBeyondEmbeddings)
{
    auto options = near2::test::fastTradeoffOptions();
    options.funnels = {parseFunnelSpec("16:100,768:10")};
    expectRefused(options, {64}, "dim 768 exceeds the embeddings' 64 dimensions");
}

TEST(TradeoffParams, FunnelSpecParsing)
{
    const auto spec = parseFunnelSpec("16:200,64:50,768:10");
    ASSERT_EQ(spec.stages.size(), 3u);
    EXPECT_EQ(spec.stages[1].dim, 64);
    EXPECT_EQ(spec.stages[1].keep, 50);
    const auto refused = [](const std::string& text, const std::string& reason) {
        try {
            parseFunnelSpec(text);
            ADD_FAILURE() << text << " accepted";
        } catch (const InputError& error) {
            EXPECT_NE(std::string(error.what()).find(reason), std::string::npos) << error.what();
        }
    };
    refused("64:200,16:50", "dims must increase");
    refused("16:200,16:50", "dims must increase");
    refused("16:20,64:50", "shortlist of 20 at dim 16 is smaller than the 50");
    refused("16-200", "expected dim:keep");
    refused("16:0", "not a positive integer");
    refused("", "empty spec");
}

TEST(TradeoffParams, NamesAndLists)
{
    EXPECT_EQ(parsePrecisions("fp32,binary+rescore,fp32").size(), 2u);
    EXPECT_THROW(parsePrecisions("fp8"), InputError);
    EXPECT_THROW(parseIndexKinds("flat,lsh"), InputError);
    EXPECT_EQ(parsePositiveList("64,128,64", InputField::EfSearch), (std::vector<int>{64, 128}));
    EXPECT_THROW(parsePositiveList("64,0", InputField::EfSearch), InputError);
    const auto resolved = resolveIvfPq({0, 8, 0, 8}, 64, 2000);
    EXPECT_EQ(resolved.nlist, 32);
    EXPECT_EQ(resolved.m, 16);
    EXPECT_EQ(resolveIvfPq({0, 64, 0, 8}, 24, 100).nprobe, 8); // clamped to the auto nlist (8)
    EXPECT_EQ(resolveIvfPq({0, 8, 0, 8}, 24, 100).m, 6);
}

TEST(Pareto, FrontOfAConstructedSet)
{
    const std::vector<ParetoPoint> points{
        {256, 0.50}, // 0: front (best quality)
        {128, 0.49}, // 1: front
        {128, 0.45}, // 2: dominated by 1
        {64, 0.40},  // 3: front
        {96, 0.38},  // 4: dominated by 3
        {8, 0.20},   // 5: front (cheapest)
        {300, 0.50}, // 6: dominated by 0 (same quality, more cost)
        {64, 0.40},  // 7: duplicate of 3: only the first is kept
    };
    EXPECT_EQ(paretoFront(points), (std::vector<std::size_t>{5, 3, 1, 0}));
    EXPECT_TRUE(paretoFront(std::span<const ParetoPoint>{}).empty());
}
