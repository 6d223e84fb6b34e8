#pragma once
// The evaluation after each epoch: the checkpoint bundle encodes the catalog and the queries (no cache), then
// `evaluate` scores NDCG, recall and MRR at 10 and 100 on a held-out split at every nested dim in one pass.
#include "core/data/dataset.h"
#include "core/eval/gain_map.h"
#include "core/eval/sweep_scoring.h"
#include "core/util/progress.h"

#include <filesystem>
#include <string>

namespace near2 {

// "auto": the first of dev, validation, test present and other than the training split, or "" for none;
// "none": ""; any other name must exist (InputError otherwise).
std::string chooseEvaluationSplit(const Dataset& dataset, const std::string& requested,
                                  const std::string& trainSplit);

struct EpochEvaluationSettings
{
    std::string split;
    GainMap gains;
    double relevantThreshold = 1.0;
    std::vector<int> dims; // empty: the evaluation's defaults
    std::string device = "cpu";
};

EvaluationResult evaluateBundle(const Dataset& dataset, const std::filesystem::path& bundle,
                                const EpochEvaluationSettings& settings, const JobControl& job);

} // namespace near2
