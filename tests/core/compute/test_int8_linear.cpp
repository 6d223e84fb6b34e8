// Int8Linear on the quantised library's kernel: close to the float32 layer, each row on its own scale (a tiny
// row beside a huge one keeps its precision), and a row's result bit-identical whatever else is in the batch.
#include "core/encoder/int8_linear.h"

#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>
#include <torch/torch.h>

using namespace near2;

namespace {

struct Layer
{
    torch::Tensor weight = torch::randn({48, 64}) * 0.2;
    torch::Tensor bias = torch::randn({48}) * 0.1;
    Int8Linear int8{weight, bias};

    torch::Tensor exact(const torch::Tensor& x) const { return torch::linear(x, weight, bias); }
};

double relativeError(const torch::Tensor& got, const torch::Tensor& expected)
{
    return ((got - expected).norm() / expected.norm()).item<double>();
}

} // namespace

TEST(Int8Linear, RunsOnAnInt8KernelOnThisCpu)
{
    EXPECT_TRUE(Int8Linear::hasInt8Kernel())
        << "no oneDNN / FBGEMM int8 kernel: --precision int8 is not faster";
}

TEST(Int8Linear, UsesOneDnnsGemmWhereTheCpuHasVnni)
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    const std::string flags((std::istreambuf_iterator<char>(cpuinfo)), std::istreambuf_iterator<char>());
    if (flags.find(" avx512_vnni") == std::string::npos && flags.find(" avx_vnni") == std::string::npos)
        GTEST_SKIP() << "this CPU has no VNNI: int8 runs on " << Int8Linear::kernelName();
    EXPECT_STREQ(Int8Linear::kernelName(), "oneDNN u8s8s32 GEMM (VNNI)");
}

// The arithmetic written out: each row of x on its own symmetric scale max|x|/127, each weight row on
// max|w|/127, rounded half to even and clamped to ±127, the integer products summed exactly (in float64:
// every sum here is an integer far below 2^53), then scaled back and the bias added.
TEST(Int8Linear, ComputesTheDocumentedArithmeticExactly)
{
    if (std::string(Int8Linear::kernelName()) != "oneDNN u8s8s32 GEMM (VNNI)")
        GTEST_SKIP() << "the rounding written out here is the oneDNN path's; this CPU runs "
                     << Int8Linear::kernelName();
    torch::manual_seed(7);
    const Layer layer;
    const auto x =
        torch::cat({torch::randn({29, 64}) * 3, torch::zeros({1, 64}), torch::randn({3, 64}) * 1e-4});
    const auto quantise = [](const torch::Tensor& t) {
        const auto scale = t.abs().amax(1, true) / 127.0;
        return std::pair{
            torch::where(scale > 0, torch::round(t / scale), torch::zeros_like(t)).clamp(-127, 127), scale};
    };
    const auto [qx, sx] = quantise(x.to(torch::kFloat64));
    const auto [qw, sw] = quantise(layer.weight.to(torch::kFloat64));
    const auto expected = torch::matmul(qx, qw.t()) * sx * sw.t() + layer.bias.to(torch::kFloat64);
    const auto got = layer.int8.apply(x).to(torch::kFloat64);
    const double largest = expected.abs().max().item<double>();
    EXPECT_LT((got - expected).abs().max().item<double>(), 1e-6 * largest);
}

TEST(Int8Linear, StaysWithinOnePercentOfFloat32)
{
    torch::manual_seed(3);
    const Layer layer;
    const auto x = torch::randn({37, 64});
    const auto got = layer.int8.apply(x);
    ASSERT_EQ(got.sizes(), (std::vector<std::int64_t>{37, 48}));
    EXPECT_LT(relativeError(got, layer.exact(x)), 0.01);
    EXPECT_GT(relativeError(got, layer.exact(x)), 0.0); // it is quantised, not the float32 layer
}

TEST(Int8Linear, EachRowKeepsItsOwnScale)
{
    torch::manual_seed(4);
    const Layer layer;
    const auto tiny = torch::randn({1, 64}) * 1e-3, huge = torch::randn({1, 64}) * 1e3;
    const auto got = layer.int8.apply(torch::cat({tiny, huge}));
    const auto withoutBias = [&](const torch::Tensor& y) { return y - layer.bias; };
    EXPECT_LT(relativeError(withoutBias(got[0]), withoutBias(layer.exact(tiny)[0])), 0.01);
    EXPECT_LT(relativeError(withoutBias(got[1]), withoutBias(layer.exact(huge)[0])), 0.01);
}

TEST(Int8Linear, ARowsResultDoesNotDependOnTheBatch)
{
    torch::manual_seed(5);
    const Layer layer;
    const auto x = torch::randn({20, 64});
    const auto whole = layer.int8.apply(x);
    for (const std::int64_t row : {0, 7, 19}) {
        EXPECT_TRUE(torch::equal(layer.int8.apply(x.narrow(0, row, 1)), whole.narrow(0, row, 1))) << row;
        const auto mixed = torch::cat({x.narrow(0, row, 1), torch::randn({5, 64}) * 50});
        EXPECT_TRUE(torch::equal(layer.int8.apply(mixed)[0], whole[row])) << row;
    }
}

TEST(Int8Linear, AZeroRowGivesTheBias)
{
    torch::manual_seed(6);
    const Layer layer;
    const auto got = layer.int8.apply(torch::cat({torch::zeros({1, 64}), torch::randn({2, 64})}));
    EXPECT_TRUE(torch::allclose(got[0], layer.bias));
}
