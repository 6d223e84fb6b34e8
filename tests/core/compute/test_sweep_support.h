#pragma once
// Shared by the sweep tests: random embeddings, identity tie ranks, a ranking comparison that tolerates
// swaps of documents whose scores differ by less than float rounding, and a fixture that runs a test with
// each CPU engine.
#include "core/embed/embedding_matrix.h"
#include "core/search/sweep.h"
#include "core/search/top_k_lists.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace near2 {

EmbeddingMatrix randomMatrix(std::size_t rows, std::size_t dim, unsigned seed);
std::vector<std::uint32_t> identityTieRanks(std::size_t n);
void expectSameRankings(const SweepResult& a, const SweepResult& b);
// The Torch engine on `device` ranks as the default CPU engine does.
void expectTorchEngineRanksAsTheCpu(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                                    SweepOptions options, const std::string& device);

// TEST_P over SweepEngine::FusedProducts and SweepEngine::FusedRegisters (skipped without AVX-512).
class FusedEngines : public testing::TestWithParam<SweepEngine>
{
protected:
    void SetUp() override;
    SweepOptions engineOptions() const;
};
std::string fusedEngineName(const testing::TestParamInfo<SweepEngine>& info);
#define NEAR2_FOR_EACH_FUSED_ENGINE(Suite)                                                                   \
    INSTANTIATE_TEST_SUITE_P(                                                                                \
        , Suite, testing::Values(SweepEngine::FusedProducts, SweepEngine::FusedRegisters), fusedEngineName)

} // namespace near2
