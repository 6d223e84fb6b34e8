// Streaming benchmark: a float16 .npy catalog swept at every nested dim, beside a plain sequential read of
// the same file (same run), with the process's peak memory. Usage:
//   bench_scale FILE [products] [dim] [queries] [k]
// FILE is written first when absent (random finite halves). Run with --memory-budget's variable
// (NEAR2_MEMORY_BUDGET) to check the run's estimate against a budget.
#include "core/compute/runtime.h"
#include "core/eval/dims.h"
#include "core/search/sweep.h"
#include "core/util/memory_budget.h"
#include "tests/bench/peak_memory.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <numeric>
#include <string>
#include <thread>
#include <unistd.h>

using namespace near2;
using near2::bench::PeakSampler;
using near2::bench::statusKib;

namespace {

void writeHalfCatalog(const std::string& file, std::size_t rows, std::size_t dim)
{
    std::string dict = "{'descr': '<f2', 'fortran_order': False, 'shape': (" + std::to_string(rows) + ", " +
                       std::to_string(dim) + "), }";
    while ((10 + dict.size() + 1) % 64 != 0)
        dict += ' ';
    dict += '\n';
    std::ofstream out(file, std::ios::binary);
    out << "\x93NUMPY" << '\x01' << '\x00' << static_cast<char>(dict.size() & 0xff)
        << static_cast<char>(dict.size() >> 8) << dict;
    std::uint64_t state = 0x9e3779b97f4a7c15ull;
    std::vector<std::uint16_t> row(dim);
    for (std::size_t r = 0; r < rows; ++r) {
        for (auto& half : row) { // sign, exponent 2^-4..1, mantissa: finite and non-zero
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            half = static_cast<std::uint16_t>(((state >> 20) & 0x8000u) | ((11 + (state >> 40) % 4) << 10) |
                                              (state & 0x3ffu));
        }
        out.write(reinterpret_cast<const char*>(row.data()), static_cast<std::streamsize>(dim * 2));
    }
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A plain sequential read of the whole file (what streaming it once cannot beat).
double readAlone(const std::string& file)
{
    const auto start = std::chrono::steady_clock::now();
    const int fd = ::open(file.c_str(), O_RDONLY);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    std::vector<char> buffer(8 << 20);
    volatile char sink = 0;
    for (ssize_t n; (n = ::read(fd, buffer.data(), buffer.size())) > 0;)
        sink = static_cast<char>(sink + buffer[static_cast<std::size_t>(n) - 1]);
    ::close(fd);
    return secondsSince(start);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_scale FILE [products] [dim] [queries] [k]\n");
        return 2;
    }
    const std::string file = argv[1];
    const std::size_t products = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 1000000;
    const std::size_t dim = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 768;
    const std::size_t queryCount = argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 1000;
    const std::size_t k = argc > 5 ? std::strtoul(argv[5], nullptr, 10) : 100;
    compute::configureThreads(0);
    if (::access(file.c_str(), F_OK) != 0) {
        const auto start = std::chrono::steady_clock::now();
        writeHalfCatalog(file, products, dim);
        std::printf("wrote %s (%zu x %zu float16) in %.1f s\n", file.c_str(), products, dim,
                    secondsSince(start));
    }
    const double readSeconds = readAlone(file);

    PeakSampler sampler;
    const auto corpus = readEmbeddings(file);
    std::vector<float> values(queryCount * dim);
    corpus.copyFloatRows(0, std::min(queryCount, corpus.rows()), values.data()); // catalog rows as queries
    const EmbeddingMatrix queries(std::move(values), queryCount, dim);
    std::vector<std::uint32_t> ties(corpus.rows());
    std::iota(ties.begin(), ties.end(), 0u);
    SweepOptions options;
    options.dims = defaultDims(dim);
    options.k = k;
    const auto estimate = sweepMemoryBytes(queryCount, corpus.rows(), dim, options.dims.size(), k,
                                           static_cast<std::size_t>(compute::configuredThreads()));
    requireSweepMemory(queryCount, corpus.rows(), dim, options.dims.size(), k);
    const auto start = std::chrono::steady_clock::now();
    const auto result = sweepTopK(queries, corpus, ties, options);
    const double sweepSeconds = secondsSince(start);
    sampler.stop();

    const double gib = static_cast<double>(corpus.storedBytes()) / (1u << 30);
    std::printf("catalog %zu x %zu %s, %.2f GiB; %zu queries, %zu dims (8..%zu), k=%zu, %d threads\n",
                corpus.rows(), dim, elementName(corpus.elementType()), gib, queryCount, options.dims.size(),
                dim, k, compute::configuredThreads());
    std::printf("read alone      %7.2f s  %6.2f GiB/s\n", readSeconds, gib / readSeconds);
    std::printf("sweep all dims  %7.2f s  %6.2f GiB/s  %.0f products/s  sweep/read %.2f\n", sweepSeconds,
                gib / sweepSeconds, static_cast<double>(corpus.rows()) / sweepSeconds,
                sweepSeconds / readSeconds);
    std::printf("peak RssAnon %s, peak RssFile %s (mapped catalog pages), VmHWM %s; estimate %s\n",
                formatBytes(sampler.anonKib() * 1024).c_str(), formatBytes(sampler.fileKib() * 1024).c_str(),
                formatBytes(statusKib("VmHWM:") * 1024).c_str(), formatBytes(estimate).c_str());
    std::printf("(first list %d)\n", result.perDim.empty() ? -1 : result.perDim.front().docs.front());
    return 0;
}
