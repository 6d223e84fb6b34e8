// near2 train: Matryoshka (or plain) fine-tuning of a bundle, or a built-in architecture from scratch.
#include "cli/command.h"
#include "cli/model_trust_flag.h"
#include "cli/terminal_progress.h"
#include "core/data/loaders.h"
#include "core/eval/dims.h"
#include "core/train/architectures.h"
#include "core/train/train_options.h"
#include "core/train/trainer.h"
#include "core/util/error.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <iostream>

namespace near2::cli {

namespace {

struct TrainCommandOptions
{
    TrainOptions train;
    std::string dataset, encoding = "UTF-8", out, init, mrlDims, mrlWeights;
};

int runTrain(TrainCommandOptions options)
{
    if (!options.mrlDims.empty())
        options.train.mrlDims = parseDims(options.mrlDims, InputField::MrlDims);
    if (!options.mrlWeights.empty())
        options.train.mrlWeights = parseWeights(options.mrlWeights);
    if (options.train.noMrl && (!options.mrlDims.empty() || !options.mrlWeights.empty()))
        throw InputError("--no-mrl trains the full dimension only: drop --mrl-dims/--mrl-weights");
    options.train.out = options.out;
    options.train.init = options.init;
    ReadOptions read;
    read.encoding = options.encoding;
    const Dataset dataset = readBeir(options.dataset, read);
    const auto summary = trainModel(dataset, options.train, interactiveJob(), [](const std::string& line) {
        std::cerr << "near2 train: " << line << '\n';
    });
    std::cerr << fmt::format("near2 train: {} steps → {}\n", summary.steps, summary.bundle.string());
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<TrainCommandOptions>();
    auto& train = options->train;
    app.add_option("--dataset", options->dataset,
                   "BEIR folder (corpus.jsonl, queries.jsonl, qrels/<split>.tsv)")
        ->required();
    app.add_option("--split", train.split, "Qrels split to train on (default train)");
    app.add_option("--eval-split", train.evalSplit,
                   "Split evaluated after each epoch: auto (dev, validation or test), none, or a name");
    app.add_option("--encoding", options->encoding, "Text encoding of the dataset files (default UTF-8)");
    app.add_option("--out", options->out, "The bundle to write (checkpoints in OUT.partial until done)")
        ->required();
    auto* init =
        app.add_option("--init", options->init,
                       "Fine-tune this model: a Hugging Face folder or a bundle (every parameter trains)");
    app.add_option("--arch", train.arch,
                   fmt::format("Train a built-in architecture from scratch: {}",
                               fmt::join(architectureNames(), ", ")))
        ->excludes(init);
    app.add_option("--loss", train.loss, "mnrl, ocl or mnrl+ocl (default mnrl)");
    auto* dims = app.add_option(
        "--mrl-dims", options->mrlDims,
        "Nested dims of the Matryoshka loss (default powers of two from 32, plus the full dim)");
    app.add_option("--mrl-weights", options->mrlWeights, "One weight per nested dim (default 1 each)");
    app.add_flag("--no-mrl", train.noMrl, "Plain training on the full dimension only (the baseline)")
        ->excludes(dims);
    app.add_option("--epochs", train.epochs, "Passes over the training pairs (default 1)");
    app.add_option("--batch-size", train.batchSize, "Pairs per step (default 32)");
    app.add_option("--lr", train.lr, "Peak learning rate (default: the architecture's, 2e-5 for --init)");
    app.add_option("--weight-decay", train.weightDecay, "AdamW weight decay (default 0.01)");
    app.add_option("--warmup-ratio", train.warmupRatio,
                   "Share of steps with a rising learning rate (default 0.1)");
    app.add_option("--max-grad-norm", train.maxGradNorm, "Gradient clipping norm, 0 for none (default 1)");
    app.add_option("--seed", train.seed,
                   "Random seed (default 42): same seed, data and threads → same model");
    app.add_option("--device", train.device, "auto, cpu or cuda (default cpu)");
    addTrustModelCodeFlag(app);
    app.add_option("--gains", train.gains,
                   "Label gains (default E=1,S=0.1,C=0.01,I=0; numbers gain their value)");
    app.add_option("--relevant-threshold", train.relevantThreshold,
                   "Positives: gain at least this (default 1); judged products below it are negatives");
    app.add_flag("--drop-queries-without-positives", train.dropQueriesWithoutPositives,
                 "Skip training queries without a positive instead of stopping");
    app.add_option("--vocab-size", train.vocabSize,
                   "--arch: largest vocabulary built from the data (default 30000)");
    app.add_option("--log-every", train.logEverySteps, "Log the loss every N steps (default 1)");
    return [options] { return runTrain(*options); };
}

} // namespace

NEAR2_COMMAND({"train", "Train an encoder with a Matryoshka (or plain) MNRL/OCL loss", setup})

} // namespace near2::cli
