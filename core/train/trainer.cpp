#include "core/train/trainer.h"

#include "core/compute/runtime.h"
#include "core/eval/dims.h"
#include "core/train/bundle_output.h"
#include "core/train/epoch_batches.h"
#include "core/train/epoch_evaluation.h"
#include "core/encoder/bert_network.h"
#include "core/encoder/model_trust.h"
#include "core/encoder/torchscript_network.h"
#include "core/train/hf_output.h"
#include "core/train/model_trainer.h"
#include "core/train/training_start.h"
#include "core/util/bounded_read.h"
#include "core/train/training_data.h"
#include "core/train/training_log.h"
#include "core/util/error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace near2 {

namespace {

namespace fs = std::filesystem;

void checkNumbers(const TrainOptions& options)
{
    if (options.epochs < 1)
        throw InputError(fieldRef(InputField::Epochs) + ": must be at least 1");
    if (options.batchSize < 2)
        throw InputError(fieldRef(InputField::BatchSize) + ": must be at least 2 (in-batch negatives)");
    if (!(options.lr >= 0) || !(options.warmupRatio >= 0 && options.warmupRatio <= 1))
        throw InputError(fieldRef(InputField::Lr) + " must be ≥ 0 and " + fieldRef(InputField::WarmupRatio) +
                         " within 0..1");
}

double learningRate(double base, std::size_t step, std::size_t total, std::size_t warmup)
{
    if (step < warmup)
        return base * static_cast<double>(step + 1) / static_cast<double>(warmup);
    return base * std::max(0.0, static_cast<double>(total - step) / static_cast<double>(total - warmup));
}

std::string fileSha256(const fs::path& file)
{
    return sha256Hex(readFileBounded(file, std::uint64_t{4} << 30, "the TorchScript model"));
}

// A complete bundle in `folder`: a Hugging Face folder, or model.pt + manifest (the tokenizer is written once at
// the start). The run's own model.pt is trusted in this process, for the evaluation that opens it.
void saveCheckpoint(ModelTrainer& trainer, const TrainingStart& start, const fs::path& folder,
                    const ModelManifest& manifest)
{
    trainer.network().setTraining(false);
    if (start.huggingFace) {
        writeHuggingFaceModel(dynamic_cast<const BertNetwork&>(trainer.network()), *start.huggingFace, manifest,
                              folder);
    } else {
        // atomic: a failed write (a full disk) keeps the previous checkpoint
        dynamic_cast<TorchScriptNetwork&>(trainer.network()).save(folder / "model.pt");
        trustModelCodeInProcess(fileSha256(folder / "model.pt"));
        writeManifest(folder / kManifestFileName, manifest);
    }
    trainer.network().setTraining(true);
}

// near2's own code trained by near2 opens later without asking (model_trust.h).
void rememberTrustedOutput(const TrainingStart& start, const fs::path& out, const TrainMessages& say)
{
    if (start.huggingFace || !start.codeIsTrusted)
        return;
    try {
        rememberTrustedModelCode(fileSha256(out / "model.pt"), "near2 train " + start.description + " → " +
                                                                   fs::absolute(out).string());
    } catch (const InputError& e) {
        if (say)
            say(std::string("could not add the trained model.pt to the trust list: ") + e.what());
    }
}

// Removes <out>.partial when training stops (cancelled, a full disk, any error) before its first complete
// checkpoint: nothing half-done is left behind.
struct FirstCheckpointGuard
{
    const fs::path& partial;
    const TrainSummary& summary;
    ~FirstCheckpointGuard()
    {
        std::error_code ignored;
        if (summary.epochs.empty())
            fs::remove_all(partial, ignored);
    }
};

std::string evaluationLine(const EvaluationResult& result)
{
    std::string line;
    for (std::size_t d = 0; d < result.dims.size(); ++d)
        line += fmt::format("{}{}:{:.4f}", d ? " " : "", result.dims[d], result.mean[d][0]);
    return line;
}

} // namespace

TrainSummary trainModel(const Dataset& dataset, const TrainOptions& options, const JobControl& job,
                        const TrainMessages& messages)
{
    const auto say = [&](const std::string& text) {
        if (messages)
            messages(text);
    };
    checkNumbers(options);
    LossSpec loss = parseLossKind(options.loss);
    const std::string device = compute::resolveDevice(options.device);
    dataset.split(options.split); // a missing training split is an error before anything else
    TrainingStart source = prepareTrainingStart(dataset, options);
    const GainMap gains = GainMap::parse(options.gains);
    const TrainingExamples examples =
        buildTrainingExamples(dataset,
                              {.split = options.split,
                               .gains = gains,
                               .relevantThreshold = options.relevantThreshold,
                               .dropQueriesWithoutPositives = options.dropQueriesWithoutPositives},
                              *source.tokenizer, source.manifest);
    ModelTrainer trainer(source.network, source.queryPooling, source.documentPooling, device,
                         {.weightDecay = options.weightDecay, .maxGradNorm = options.maxGradNorm}, options.seed);
    const std::size_t dim = trainer.outputDim();
    if (dim != source.manifest.dim)
        throw InputError(source.description, fmt::format("the model outputs {} dims but its manifest says {}",
                                                         dim, source.manifest.dim));
    resolveMatryoshkaDims(loss, options, dim);
    const std::string evalSplit = chooseEvaluationSplit(dataset, options.evalSplit, options.split);
    checkOutputFolder(options.out);

    TrainSummary summary;
    summary.bundle = options.out;
    summary.evalSplit = evalSplit;
    summary.lossDims = loss.dims;
    summary.queries = examples.queries.size();
    summary.pairs = examples.pairs.size();
    summary.droppedQueries = examples.droppedQueries;
    summary.parameters = trainer.parameterCount();
    summary.lr = options.lr > 0 ? options.lr : source.defaultLr;
    const auto plans = planAllEpochs(examples, options.batchSize, options.epochs, options.seed);
    std::size_t totalSteps = 0;
    for (const auto& plan : plans)
        totalSteps += plan.size();
    const auto warmup =
        static_cast<std::size_t>(std::ceil(options.warmupRatio * static_cast<double>(totalSteps)));

    ModelManifest manifest = source.manifest;
    manifest.name = options.out.filename().string();
    if (!options.noMrl)
        manifest.mrlDims.assign(loss.dims.begin(), loss.dims.end());
    else
        manifest.mrlDims.clear();
    const fs::path partial = startPartialFolder(options.out);
    const FirstCheckpointGuard guard{partial, summary};
    if (!source.huggingFace)
        source.writeTokenizer(partial);
    TrainingLog log(partial / kTrainingLogFileName);
    log.write({{"event", "config"},
               {"source", source.description},
               {"loss", options.loss},
               {"loss_dims", loss.dims},
               {"weights", loss.weights},
               {"epochs", options.epochs},
               {"batch_size", options.batchSize},
               {"lr", summary.lr},
               {"seed", options.seed},
               {"steps", totalSteps},
               {"warmup_steps", warmup},
               {"queries", summary.queries},
               {"pairs", summary.pairs},
               {"parameters", summary.parameters},
               {"device", device}});
    say(fmt::format("training {} ({} parameters) on {} queries / {} pairs, {} steps, loss {} at dims {}",
                    source.description, summary.parameters, summary.queries, summary.pairs, totalSteps,
                    options.loss, fmt::join(loss.dims, ",")));

    const EpochEvaluationSettings evalSettings{.split = evalSplit,
                                               .gains = gains,
                                               .relevantThreshold = options.relevantThreshold,
                                               .dims = defaultDims(dim),
                                               .device = device};
    std::mt19937_64 negativeRng(options.seed ^ 0x9e3779b97f4a7c15ULL);
    try {
        for (int epoch = 1; epoch <= options.epochs; ++epoch) {
            const auto start = std::chrono::steady_clock::now();
            double lossSum = 0;
            for (const auto& pairs : plans[static_cast<std::size_t>(epoch - 1)]) {
                job.checkCancelled();
                const TrainingBatch batch = assembleBatch(examples, pairs, loss.ocl, negativeRng);
                const double lr = learningRate(summary.lr, summary.steps, totalSteps, warmup);
                const double value = trainer.step(batch, loss, lr);
                lossSum += value;
                ++summary.steps;
                if (options.logEverySteps > 0 && summary.steps % options.logEverySteps == 0)
                    log.step(epoch, summary.steps, value, lr);
                job.report(fmt::format("train {}/{} loss {:.3f}", epoch, options.epochs, value),
                           static_cast<std::int64_t>(summary.steps), static_cast<std::int64_t>(totalSteps));
            }
            EpochSummary epochSummary;
            epochSummary.epoch = epoch;
            epochSummary.meanLoss =
                lossSum / static_cast<double>(plans[static_cast<std::size_t>(epoch - 1)].size());
            saveCheckpoint(trainer, source, partial, manifest);
            if (!evalSplit.empty())
                epochSummary.eval = evaluateBundle(dataset, partial, evalSettings, job);
            epochSummary.seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            log.epoch(epoch, epochSummary.meanLoss, epochSummary.seconds,
                      epochSummary.eval ? &*epochSummary.eval : nullptr, evalSplit);
            say(fmt::format("epoch {}/{}: mean loss {:.4f}, {:.1f} s{}", epoch, options.epochs,
                            epochSummary.meanLoss, epochSummary.seconds,
                            epochSummary.eval
                                ? "; " + evalSplit + " ndcg@10 by dim " + evaluationLine(*epochSummary.eval)
                                : std::string()));
            summary.epochs.push_back(std::move(epochSummary));
        }
    } catch (const CancelledError&) {
        log.write({{"event", "cancelled"}, {"epochs_completed", summary.epochs.size()}});
        if (summary.epochs.empty()) {
            say("stopped before the first checkpoint: nothing kept"); // the guard removes the folder
        } else {
            say(fmt::format("stopped: the checkpoint of epoch {} is a complete bundle in {}",
                            summary.epochs.size(), partial.string()));
        }
        throw;
    }
    log.write({{"event", "done"}, {"epochs", options.epochs}, {"steps", summary.steps}});
    publishBundle(partial, options.out);
    rememberTrustedOutput(source, options.out, messages);
    return summary;
}

} // namespace near2
