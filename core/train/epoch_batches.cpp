#include "core/train/epoch_batches.h"

#include <unordered_set>

namespace near2 {

std::vector<EpochPlan> planAllEpochs(const TrainingExamples& examples, std::size_t batchSize, int epochs,
                                     std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<EpochPlan> plans;
    for (int epoch = 0; epoch < epochs; ++epoch)
        plans.push_back(planBatches(examples, batchSize, rng));
    return plans;
}

TrainingBatch assembleBatch(const TrainingExamples& examples, const std::vector<std::size_t>& pairs,
                            bool withJudgedNegatives, std::mt19937_64& rng)
{
    TrainingBatch batch;
    std::vector<std::size_t> queries, documents;
    std::unordered_set<std::size_t> inBatch;
    for (const std::size_t pair : pairs) {
        queries.push_back(examples.pairs[pair].first);
        documents.push_back(examples.pairs[pair].second);
        inBatch.insert(examples.pairs[pair].second);
    }
    if (withJudgedNegatives) {
        for (const std::size_t query : queries) {
            const auto& negatives = examples.queries[query].negatives;
            if (negatives.empty())
                continue;
            const std::size_t pick = std::uniform_int_distribution<std::size_t>(0, negatives.size() - 1)(rng);
            if (inBatch.insert(negatives[pick]).second)
                documents.push_back(negatives[pick]);
        }
    }
    for (const std::size_t query : queries)
        batch.queries.push_back(&examples.queries[query].ids);
    for (const std::size_t document : documents)
        batch.documents.push_back(&examples.documents[document]);
    batch.positive.resize(queries.size() * documents.size());
    for (std::size_t i = 0; i < queries.size(); ++i)
        for (std::size_t j = 0; j < documents.size(); ++j)
            batch.positive[i * documents.size() + j] =
                examples.queries[queries[i]].positiveSet.contains(documents[j]) ? 1 : 0;
    return batch;
}

} // namespace near2
