// Training steps per second on CPU (or CUDA): the built-in bow-256, grams-256 (the demo model's) and a
// BERT-base-shaped encoder (12 layers, hidden 768), each with the Matryoshka loss (nested dims from 32 to
// full) and the plain loss (full dim only) side by side in one run; steps alternate between the two so that
// machine noise hits both alike. `bench_train [STEPS] [DEVICE] [ARCH…]`: STEPS timed per variant (default 6),
// DEVICE cpu|cuda.
#include "core/compute/runtime.h"
#include "core/encoder/torchscript_network.h"
#include "core/train/architectures.h"
#include "core/train/model_trainer.h"

#include <chrono>
#include <cstdlib>
#include <fmt/format.h>
#include <iostream>
#include <random>

using namespace near2;

namespace {

struct Shape
{
    std::size_t pairs, queryLength, documentLength, vocab;
};

std::vector<std::vector<std::int32_t>> randomTexts(std::size_t count, std::size_t length, std::size_t vocab,
                                                   std::mt19937& rng)
{
    std::uniform_int_distribution<std::int32_t> id(5, static_cast<std::int32_t>(vocab) - 1);
    std::vector<std::vector<std::int32_t>> texts(count);
    for (auto& text : texts) {
        text = {2};
        while (text.size() + 1 < length)
            text.push_back(id(rng));
        text.push_back(3);
    }
    return texts;
}

LossSpec lossFor(std::size_t dim, bool matryoshka)
{
    LossSpec spec;
    if (matryoshka)
        for (int m = 32; m < static_cast<int>(dim); m *= 2)
            spec.dims.push_back(m);
    spec.dims.push_back(static_cast<int>(dim));
    spec.weights.assign(spec.dims.size(), 1.0);
    return spec;
}

void bench(const std::string& arch, const Shape& shape, int steps, const std::string& device)
{
    const ArchitectureSpec spec = architectureSpec(arch);
    const std::string bytes = buildArchitectureModule(spec, shape.vocab, 1);
    std::mt19937 rng(1);
    const auto queries = randomTexts(shape.pairs, shape.queryLength, shape.vocab, rng);
    const auto documents = randomTexts(shape.pairs, shape.documentLength, shape.vocab, rng);
    TrainingBatch batch;
    for (std::size_t i = 0; i < shape.pairs; ++i) {
        batch.queries.push_back(&queries[i]);
        batch.documents.push_back(&documents[i]);
    }
    batch.positive.assign(shape.pairs * shape.pairs, 0);
    for (std::size_t i = 0; i < shape.pairs; ++i)
        batch.positive[i * shape.pairs + i] = 1;

    const LossSpec variants[] = {lossFor(spec.dim, false), lossFor(spec.dim, true)};
    const PoolingSpec mean{.pooling = Pooling::Mean};
    ModelTrainer plain(std::make_shared<TorchScriptNetwork>(bytes, arch, false), mean, mean, device, {}, 1);
    ModelTrainer nested(std::make_shared<TorchScriptNetwork>(bytes, arch, false), mean, mean, device, {}, 1);
    ModelTrainer* trainers[] = {&plain, &nested};
    double seconds[2] = {0, 0};
    // Warm-up: TorchScript's profiling executor optimises (and on a GPU compiles) a graph after its first
    // runs.
    for (int warmUp = 0; warmUp < 3; ++warmUp)
        for (int v = 0; v < 2; ++v)
            trainers[v]->step(batch, variants[v], 1e-5);
    for (int s = 0; s < steps; ++s)
        for (int v = 0; v < 2; ++v) {
            const auto start = std::chrono::steady_clock::now();
            trainers[v]->step(batch, variants[v], 1e-5);
            seconds[v] += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        }
    fmt::print("{:<10} {:>11} {:>5} {:>6}/{:<4} {:>9.2f} {:>9.1f} {:>9.2f} {:>9.1f} {:>+8.1f}%\n", arch,
               plain.parameterCount(), shape.pairs, shape.queryLength, shape.documentLength,
               steps / seconds[0], 1000 * seconds[0] / steps, steps / seconds[1], 1000 * seconds[1] / steps,
               100 * (seconds[1] / seconds[0] - 1));
}

} // namespace

int main(int argc, char** argv)
{
    const int steps = argc > 1 ? std::atoi(argv[1]) : 6;
    const std::string device = compute::resolveDevice(argc > 2 ? argv[2] : "cpu");
    std::vector<std::string> archs;
    for (int i = 3; i < argc; ++i)
        archs.emplace_back(argv[i]);
    if (archs.empty())
        archs = {"bow-256", "grams-256", "bert-base"};
    const char* threads = std::getenv("NEAR2_THREADS");
    compute::configureThreads(threads ? std::atoi(threads) : 0);
    fmt::print(
        "device {}, {} threads; plain = loss at the full dim only, MRL = nested dims 32…full, weights 1\n",
        device, compute::configuredThreads());
    fmt::print("{:<10} {:>11} {:>5} {:>11} {:>9} {:>9} {:>9} {:>9} {:>9}\n", "arch", "parameters", "pairs",
               "tokens q/d", "plain/s", "ms/step", "MRL/s", "ms/step", "MRL cost");
    for (const auto& arch : archs) {
        const bool large = arch == "bert-base";
        bench(arch, large ? Shape{16, 12, 48, 30522} : Shape{64, 12, 64, 20000},
              large ? std::max(2, steps / 2) : steps * 10, device);
    }
    return 0;
}
