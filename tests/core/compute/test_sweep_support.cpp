#include "tests/core/compute/test_sweep_support.h"

#include <gtest/gtest.h>
#include <numeric>
#include <random>

namespace near2 {

EmbeddingMatrix randomMatrix(std::size_t rows, std::size_t dim, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    std::vector<float> values(rows * dim);
    for (auto& v : values)
        v = normal(generator);
    return EmbeddingMatrix(std::move(values), rows, dim);
}

std::vector<std::uint32_t> identityTieRanks(std::size_t n)
{
    std::vector<std::uint32_t> ranks(n);
    std::iota(ranks.begin(), ranks.end(), 0u);
    return ranks;
}

// Rankings agree when they hold the same documents in the same order, except that documents whose scores
// differ by less than float rounding (1e-5) may swap.
void expectSameRankings(const SweepResult& a, const SweepResult& b)
{
    ASSERT_EQ(a.dims, b.dims);
    for (std::size_t i = 0; i < a.dims.size(); ++i) {
        const auto& x = a.perDim[i];
        const auto& y = b.perDim[i];
        ASSERT_EQ(x.queries, y.queries);
        for (std::size_t q = 0; q < x.queries; ++q) {
            for (std::size_t r = 0; r < x.k; ++r) {
                const auto at = q * x.k + r;
                EXPECT_NEAR(x.scores[at], y.scores[at], 1e-5)
                    << "dim " << a.dims[i] << " query " << q << " rank " << r;
                if (x.docs[at] != y.docs[at]) {
                    EXPECT_NEAR(x.scores[at], y.scores[at], 1e-5) << "different documents at a non-tie";
                }
            }
        }
    }
}

void expectTorchEngineRanksAsTheCpu(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                                    SweepOptions options, const std::string& device)
{
    const auto ties = identityTieRanks(corpus.rows());
    const auto onCpu = sweepTopK(queries, corpus, ties, options);
    options.engine = SweepEngine::Torch;
    options.device = device;
    expectSameRankings(onCpu, sweepTopK(queries, corpus, ties, options));
}

void FusedEngines::SetUp()
{
    if (GetParam() == SweepEngine::FusedRegisters && !registerSweepAvailable())
        GTEST_SKIP() << "this CPU has no AVX-512: the register engine does not run here";
}

SweepOptions FusedEngines::engineOptions() const
{
    SweepOptions options;
    options.engine = GetParam();
    return options;
}

std::string fusedEngineName(const testing::TestParamInfo<SweepEngine>& info)
{
    return info.param == SweepEngine::FusedRegisters ? "Registers" : "Products";
}

} // namespace near2
