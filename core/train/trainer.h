#pragma once
// `near2 train` as a library call: check everything, then train epoch by epoch with a checkpoint (a complete
// bundle in <out>.partial) and an evaluation on the held-out split after each, and move the bundle to <out>
// at the end. Cancelling (the JobControl's token) stops within one step: the last epoch's checkpoint stays in
// <out>.partial (none: the folder is removed) and CancelledError propagates.
#include "core/data/dataset.h"
#include "core/eval/sweep_scoring.h"
#include "core/train/train_options.h"
#include "core/util/progress.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

struct EpochSummary
{
    int epoch = 0;
    double meanLoss = 0;
    double seconds = 0;
    std::optional<EvaluationResult> eval;
};

struct TrainSummary
{
    std::filesystem::path bundle;
    std::string evalSplit; // empty: no per-epoch evaluation
    std::vector<int> lossDims;
    std::size_t queries = 0, pairs = 0, droppedQueries = 0, steps = 0, parameters = 0;
    double lr = 0;
    std::vector<EpochSummary> epochs;
};

// Human-readable progress lines (config, one per epoch, where the checkpoint is when stopped).
using TrainMessages = std::function<void(const std::string&)>;

TrainSummary trainModel(const Dataset& dataset, const TrainOptions& options, const JobControl& job,
                        const TrainMessages& messages = {});

} // namespace near2
