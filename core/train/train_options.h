#pragma once
// What `near2 train` is asked to do: the data, the starting model, the loss (task loss + Matryoshka dims) and
// the optimiser settings. Torch-free; the trainer checks these against the model before writing anything.
#include "core/util/input_field.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace near2 {

// The task losses: MNRL (in-batch negatives, cosine × scale, cross-entropy) and sentence-transformers'
// OnlineContrastiveLoss (cosine distance, margin, hard pairs of the batch only). Both may be on at once.
struct LossSpec
{
    bool mnrl = true;
    bool ocl = false;
    double scale = 20.0;   // MNRL: cosine similarities are multiplied by this before the softmax
    double margin = 0.5;   // OCL: negatives closer than this (cosine distance) are pushed apart
    std::vector<int> dims; // nested dims, ascending, the last one being the full dim (--no-mrl: only it)
    std::vector<double> weights; // one per dim (default 1 each)
};

struct TrainOptions
{
    std::string split = "train";
    std::string evalSplit = "auto"; // auto: dev, validation or test when present; "none": no per-epoch eval
    std::filesystem::path out;      // the bundle folder to write (checkpoints go to <out>.partial until done)
    std::filesystem::path init;     // a bundle to fine-tune, or empty
    std::string arch;               // a built-in architecture (trained from scratch), when init is empty
    std::string loss = "mnrl";      // mnrl | ocl | mnrl+ocl
    std::vector<int> mrlDims;       // empty: the defaults (powers of two from 32, plus the full dim)
    std::vector<double> mrlWeights; // empty: 1 per dim
    bool noMrl = false;
    int epochs = 1;
    std::size_t batchSize = 32;
    double lr = 0; // 0: the architecture's default (2e-5 for --init)
    double weightDecay = 0.01;
    double warmupRatio = 0.1; // share of the steps with a linearly rising learning rate
    double maxGradNorm = 1.0;
    std::uint64_t seed = 42;
    std::string device = "cpu"; // auto | cpu | cuda
    std::string gains = "E=1,S=0.1,C=0.01,I=0";
    double relevantThreshold = 1.0; // positives: gain ≥ this
    bool dropQueriesWithoutPositives = false;
    std::size_t vocabSize = 30000; // --arch: cap on the vocabulary built from the data
    std::size_t logEverySteps = 1;
};

// "mnrl", "ocl" or "mnrl+ocl" → the task part of a LossSpec. Throws InputError naming --loss.
LossSpec parseLossKind(const std::string& text);

// "1,0.5,…" → weights. Throws InputError naming `option`.
std::vector<double> parseWeights(const std::string& text, InputField option = InputField::MrlWeights);

// Fills spec.dims and spec.weights for a model of `fullDim`: --no-mrl → {fullDim}; no dims given → powers of
// two from 32 below fullDim plus fullDim; given dims must lie in 1..fullDim (fullDim is added when absent).
// Throws InputError for dims beyond the model's dimension or a weight count that does not match.
void resolveMatryoshkaDims(LossSpec& spec, const TrainOptions& options, std::size_t fullDim);

} // namespace near2
