// Sweep benchmark: all-dims sweep vs one full-dim pass vs a per-dim loop of FAISS flat searches vs torch::mm,
// measured side by side in one run. Usage: bench_sweep [queries] [products] [dim] [threads]
// NEAR2_BENCH_DEVICE=cuda measures the GPU path instead: the Torch engine's sweep and torch::mm on the GPU
// (the sweep's time includes copying the catalog to the GPU; the matrix product's operands are already
// there).
#include "core/compute/runtime.h"
#include "core/search/faiss_per_dim.h"
#include "core/search/sweep.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <numeric>
#include <random>
#include <string>
#include <torch/cuda.h>
#include <torch/torch.h>

using namespace near2;

namespace {

EmbeddingMatrix randomMatrix(std::size_t rows, std::size_t dim, unsigned seed)
{
    auto tensor = torch::randn({static_cast<long>(rows), static_cast<long>(dim)},
                               torch::TensorOptions().dtype(torch::kFloat32))
                      .contiguous();
    (void)seed;
    std::vector<float> values(tensor.data_ptr<float>(), tensor.data_ptr<float>() + rows * dim);
    return EmbeddingMatrix(std::move(values), rows, dim);
}

// Wall time; with NEAR2_BENCH_CPU_TIME=1, the process's CPU time instead (steadier on a loaded machine, but
// meaningful only with one thread, as idle threads may spin).
template <typename F> double secondsOf(F&& work)
{
    static const bool cpuTime = std::getenv("NEAR2_BENCH_CPU_TIME") != nullptr;
    if (cpuTime) {
        const std::clock_t start = std::clock();
        work();
        return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    }
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t queries = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000;
    const std::size_t products = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 100000;
    const std::size_t dim = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 768;
    compute::configureThreads(argc > 4 ? std::atoi(argv[4]) : 0);
    torch::manual_seed(42);

    const auto corpus = randomMatrix(products, dim, 1);
    const auto needles = randomMatrix(queries, dim, 2);
    std::vector<std::uint32_t> ties(products);
    std::iota(ties.begin(), ties.end(), 0u);

    std::vector<int> allDims;
    for (int d = 8; d < static_cast<int>(dim); d *= 2)
        allDims.push_back(d);
    allDims.push_back(static_cast<int>(dim));

    SweepOptions sweepAll;
    sweepAll.dims = allDims;
    sweepAll.k = 100;
    if (const char* block = std::getenv("NEAR2_QUERY_BLOCK"))
        sweepAll.queryBlock = std::strtoul(block, nullptr, 10);
    if (const char* tile = std::getenv("NEAR2_DOC_TILE"))
        sweepAll.docTile = std::strtoul(tile, nullptr, 10);
    SweepOptions fullOnly = sweepAll;
    fullOnly.dims = {static_cast<int>(dim)};
    // On AVX-512 CPUs the default engine keeps prefix dots in registers; the per-segment products run beside
    // it for comparison.
    SweepOptions sweepProducts = sweepAll;
    sweepProducts.engine = SweepEngine::FusedProducts;
    const bool compareEngines = registerSweepAvailable();

    const char* deviceName = std::getenv("NEAR2_BENCH_DEVICE");
    const std::string device = compute::resolveDevice(deviceName ? deviceName : "cpu");
    const bool gpu = device != "cpu";
    if (gpu) {
        sweepAll.device = device;
        fullOnly.device = device;
    }
    const auto q = torch::from_blob(const_cast<float*>(needles.data()),
                                    {static_cast<long>(queries), static_cast<long>(dim)})
                       .to(torch::Device(device));
    const auto hostCorpus = torch::from_blob(const_cast<float*>(corpus.data()),
                                             {static_cast<long>(products), static_cast<long>(dim)});
    const auto c = hostCorpus.to(torch::Device(device));
    const auto product = [&] {
        (void)torch::mm(q, c.t());
        if (gpu)
            torch::cuda::synchronize();
    };
    // Interleaved repeats, best of each: on a shared machine a burst of load then hits every contender alike.
    double mmSeconds = 1e30, fullSeconds = 1e30, sweepSeconds = 1e30, copySeconds = 1e30,
           productsSeconds = 1e30;
    // NEAR2_BENCH_SWEEP_ONLY=1 runs the all-dims sweep alone (for profiling it).
    if (std::getenv("NEAR2_BENCH_SWEEP_ONLY")) {
        for (int repeat = 0; repeat < 5; ++repeat)
            std::printf("all-dims sweep %.3f s\n",
                        secondsOf([&] { (void)sweepTopK(needles, corpus, ties, sweepAll); }));
        return 0;
    }
    for (int repeat = 0; repeat < 5; ++repeat) {
        if (gpu)
            copySeconds = std::min(copySeconds, secondsOf([&] {
                                       (void)hostCorpus.to(torch::Device(device));
                                       torch::cuda::synchronize();
                                   }));
        mmSeconds = std::min(mmSeconds, secondsOf(product));
        fullSeconds =
            std::min(fullSeconds, secondsOf([&] { (void)sweepTopK(needles, corpus, ties, fullOnly); }));
        sweepSeconds =
            std::min(sweepSeconds, secondsOf([&] { (void)sweepTopK(needles, corpus, ties, sweepAll); }));
        if (compareEngines && !gpu)
            productsSeconds = std::min(
                productsSeconds, secondsOf([&] { (void)sweepTopK(needles, corpus, ties, sweepProducts); }));
    }
    // NEAR2_BENCH_FAISS=0 skips the (slow) FAISS loop when tuning the sweep.
    const char* faiss = std::getenv("NEAR2_BENCH_FAISS");
    const double faissSeconds = (faiss && std::string(faiss) == "0") || gpu ? 0.0 : secondsOf([&] {
        (void)searchPerDimWithFaiss(needles, corpus, ties, sweepAll);
    });

    const double flop =
        2.0 * static_cast<double>(queries) * static_cast<double>(products) * static_cast<double>(dim);
    std::printf(
        "shape: %zu queries x %zu products x %zu dims, %zu nested dims, k=100, %d threads, device %s\n",
        queries, products, dim, allDims.size(), compute::configuredThreads(), device.c_str());
    std::printf("torch::mm (no top-k)      %8.3f s  %7.1f GFLOP/s\n", mmSeconds, flop / mmSeconds / 1e9);
    std::printf("one full-dim pass         %8.3f s  %7.1f GFLOP/s\n", fullSeconds, flop / fullSeconds / 1e9);
    std::printf("all-dims sweep            %8.3f s  %7.1f GFLOP/s\n", sweepSeconds,
                flop / sweepSeconds / 1e9);
    if (productsSeconds < 1e30)
        std::printf("  per-segment products    %8.3f s  %7.1f GFLOP/s  (the engine without AVX-512)\n",
                    productsSeconds, flop / productsSeconds / 1e9);
    if (gpu)
        std::printf("catalog copy to the GPU   %8.3f s  (part of each pass)\n", copySeconds);
    if (faissSeconds > 0)
        std::printf("per-dim FAISS flat loop   %8.3f s\n", faissSeconds);
    std::printf("sweep / full-dim pass     %8.2f   (goal <= 1.4)\n", sweepSeconds / fullSeconds);
    if (faissSeconds > 0)
        std::printf("sweep / FAISS loop        %8.2f   (goal <= 0.5)\n", sweepSeconds / faissSeconds);
    std::printf("sweep FLOP rate / mm      %8.2f   (goal >= 0.7)\n", mmSeconds / sweepSeconds);
    if (productsSeconds < 1e30)
        std::printf("  per-segment products    %8.2f\n", mmSeconds / productsSeconds);
    return 0;
}
