#pragma once
// The batches of a whole run, planned up front from the seed (so the learning-rate schedule knows the step
// count), and a batch's texts and labels: the pairs' queries and positives, plus for OCL one judged negative
// per query (drawn from `rng`) when it has any that is not already in the batch.
#include "core/train/model_trainer.h"
#include "core/train/training_data.h"

#include <random>
#include <vector>

namespace near2 {

using EpochPlan = std::vector<std::vector<std::size_t>>; // batches of pair indexes

std::vector<EpochPlan> planAllEpochs(const TrainingExamples& examples, std::size_t batchSize, int epochs,
                                     std::uint64_t seed);

TrainingBatch assembleBatch(const TrainingExamples& examples, const std::vector<std::size_t>& pairs,
                            bool withJudgedNegatives, std::mt19937_64& rng);

} // namespace near2
