#include "core/train/training_data.h"

#include "core/search/model_embeddings.h"
#include "core/util/error.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace near2 {

namespace {

std::string someIds(const std::vector<std::string>& ids)
{
    std::string text;
    for (std::size_t i = 0; i < ids.size() && i < 5; ++i)
        text += (i ? ", " : "") + ids[i];
    return ids.size() > 5 ? text + ", …" : text;
}

} // namespace

TrainingExamples buildTrainingExamples(const Dataset& dataset, const TrainingDataOptions& options,
                                       const BertTokenizer& tokenizer, const ModelManifest& manifest)
{
    const Qrels& qrels = dataset.split(options.split);
    if (qrels.judgements.empty())
        throw InputError(qrels.file, "the split '" + options.split + "' has no judgements to train on");
    const RecordIndex queryIndex(dataset.queries);
    const RecordIndex corpusIndex(dataset.corpus);

    std::map<std::string, std::vector<std::pair<long, double>>> judgedByQuery; // ordered by query id
    for (const Judgement& judgement : qrels.judgements) {
        const auto gain = options.gains.gainOf(judgement.label);
        if (!gain)
            throw InputError(qrels.file, judgement.line,
                             "label '" + judgement.label + "' has no gain (see " +
                                 fieldRef(InputField::Gains) + ")");
        const long row = corpusIndex.find(judgement.docId);
        if (row >= 0 && queryIndex.find(judgement.queryId) >= 0)
            judgedByQuery[judgement.queryId].emplace_back(row, *gain);
    }
    if (judgedByQuery.empty())
        throw InputError(qrels.file, "no judgement of the split '" + options.split +
                                         "' names a query and a product that exist");

    TrainingExamples examples;
    std::unordered_map<long, std::size_t> documentOf;
    const auto documentIndex = [&](long row) {
        const auto [it, added] = documentOf.emplace(row, examples.documents.size());
        if (added) {
            const Record& record = dataset.corpus[static_cast<std::size_t>(row)];
            examples.documents.push_back(
                tokenizer.encode(manifest.documentPrefix + documentText(record), manifest.maxLength));
            examples.documentIds.push_back(record.id);
        }
        return it->second;
    };
    std::vector<std::string> withoutPositive;
    for (const auto& [queryId, judged] : judgedByQuery) {
        const bool hasPositive = std::any_of(judged.begin(), judged.end(), [&](const auto& j) {
            return j.second >= options.relevantThreshold;
        });
        if (!hasPositive) {
            withoutPositive.push_back(queryId);
            continue;
        }
        TrainingQuery query;
        query.id = queryId;
        const Record& record = dataset.queries[static_cast<std::size_t>(queryIndex.find(queryId))];
        query.ids = tokenizer.encode(manifest.queryPrefix + record.text, manifest.maxLength);
        for (const auto& [row, gain] : judged) {
            const std::size_t document = documentIndex(row);
            if (gain >= options.relevantThreshold) {
                if (query.positiveSet.insert(document).second) {
                    query.positives.push_back(document);
                    examples.pairs.emplace_back(examples.queries.size(), document);
                }
            } else {
                query.negatives.push_back(document);
            }
        }
        examples.queries.push_back(std::move(query));
    }
    if (!withoutPositive.empty() && !options.dropQueriesWithoutPositives)
        throw InputError(qrels.file,
                         std::to_string(withoutPositive.size()) + " queries have no positive (gain ≥ " +
                             std::to_string(options.relevantThreshold) + "): " + someIds(withoutPositive) +
                             "; lower " + fieldRef(InputField::RelevantThreshold) + " or pass " +
                             fieldRef(InputField::DropQueriesWithoutPositives));
    if (examples.pairs.empty())
        throw InputError(qrels.file, "no query of the split '" + options.split + "' has a positive");
    examples.droppedQueries = withoutPositive.size();
    return examples;
}

std::vector<std::vector<std::size_t>> planBatches(const TrainingExamples& examples, std::size_t batchSize,
                                                  std::mt19937_64& rng)
{
    std::vector<std::size_t> order(examples.pairs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);

    std::vector<std::vector<std::size_t>> batches;
    std::vector<std::size_t> batch, waiting;
    std::unordered_set<std::size_t> queries, documents;
    const auto tryAdd = [&](std::size_t pair) {
        const auto [query, document] = examples.pairs[pair];
        if (queries.contains(query) || documents.contains(document))
            return false;
        queries.insert(query);
        documents.insert(document);
        batch.push_back(pair);
        return true;
    };
    const auto closeBatch = [&] {
        batches.push_back(std::move(batch));
        batch.clear();
        queries.clear();
        documents.clear();
        std::vector<std::size_t> stillWaiting;
        for (const std::size_t pair : waiting)
            if (batch.size() >= batchSize || !tryAdd(pair))
                stillWaiting.push_back(pair);
        waiting = std::move(stillWaiting);
    };
    for (const std::size_t pair : order) {
        if (!tryAdd(pair))
            waiting.push_back(pair);
        if (batch.size() >= batchSize)
            closeBatch();
    }
    while (!batch.empty())
        closeBatch();
    return batches;
}

} // namespace near2
