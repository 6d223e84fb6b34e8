#pragma once
// Training examples from a judged split: (query, positive product) pairs for MNRL, each query's judged
// positives (gain ≥ threshold) and judged negatives (gain below it) for the labels of OCL, and the token ids
// of every text involved. Batches hold no query and no product twice, so in-batch negatives are true ones.
#include "core/data/dataset.h"
#include "core/encoder/model_manifest.h"
#include "core/eval/gain_map.h"
#include "core/tokenizer/bert_tokenizer.h"

#include <cstdint>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace near2 {

struct TrainingQuery
{
    std::string id;
    std::vector<std::int32_t> ids;      // [CLS] … [SEP]
    std::vector<std::size_t> positives; // indexes into TrainingExamples::documents
    std::vector<std::size_t> negatives; // judged below the threshold
    std::unordered_set<std::size_t> positiveSet;
};

struct TrainingExamples
{
    std::vector<TrainingQuery> queries;
    std::vector<std::vector<std::int32_t>> documents; // ids of each judged product (only those)
    std::vector<std::string> documentIds;
    std::vector<std::pair<std::size_t, std::size_t>> pairs; // (query, positive document)
    std::size_t droppedQueries = 0;                         // without a positive, when allowed
};

struct TrainingDataOptions
{
    std::string split = "train";
    GainMap gains;
    double relevantThreshold = 1.0;
    bool dropQueriesWithoutPositives = false;
};

// Throws InputError when the split is absent or empty, a label has no gain, or a query has no positive
// (unless dropping them is allowed), naming the qrels file and a few query ids.
TrainingExamples buildTrainingExamples(const Dataset& dataset, const TrainingDataOptions& options,
                                       const BertTokenizer& tokenizer, const ModelManifest& manifest);

// One epoch's batches of pair indexes, shuffled by `rng`: no query and no product twice in a batch (pairs
// that would repeat one wait for a later batch). Every pair appears once.
std::vector<std::vector<std::size_t>> planBatches(const TrainingExamples& examples, std::size_t batchSize,
                                                  std::mt19937_64& rng);

} // namespace near2
