#include "core/store/evaluation_records.h"

#include "core/query_types/dataset_query_types.h"
#include "core/store/project_store.h"

#include <algorithm>

namespace near2 {

namespace {

ProductRecord productOf(const Record& record, std::int32_t row)
{
    ProductRecord product{row, record.id, record.title, {}};
    if (!record.text.empty())
        product.fields.emplace_back("text", record.text);
    product.fields.insert(product.fields.end(), record.attributes.begin(), record.attributes.end());
    return product;
}

std::vector<QueryRecord> queriesOf(const Dataset& dataset, const EvaluationPlan& plan,
                                   const std::string& split)
{
    const auto types = resolvedQueryTypes(dataset); // the dataset's own, else derived from the catalog
    std::unordered_map<std::string, std::size_t> queryIndex;
    std::vector<QueryRecord> queries(plan.queryIds.size());
    for (std::size_t q = 0; q < plan.queryIds.size(); ++q) {
        queryIndex.emplace(plan.queryIds[q], q);
        auto& query = queries[q];
        query.id = plan.queryIds[q];
        query.relevantCount = plan.judgements[q].relevantCount;
        if (plan.queryRows[q] >= 0) {
            const Record& record = dataset.queries[static_cast<std::size_t>(plan.queryRows[q])];
            query.text = record.text;
            query.type = types[static_cast<std::size_t>(plan.queryRows[q])];
        }
    }
    const RecordIndex corpus(dataset.corpus);
    for (const auto& judgement : dataset.split(split).judgements) {
        const auto q = queryIndex.find(judgement.queryId);
        const long row = corpus.find(judgement.docId);
        if (q == queryIndex.end() || row < 0)
            continue;
        const auto& gains = plan.docGains[q->second];
        const auto gain = gains.find(static_cast<std::int32_t>(row));
        queries[q->second].judged.push_back(
            {static_cast<std::int32_t>(row), judgement.label, gain == gains.end() ? 0.0 : gain->second});
    }
    for (auto& query : queries)
        std::stable_sort(query.judged.begin(), query.judged.end(),
                         [](const JudgedProduct& a, const JudgedProduct& b) { return a.gain > b.gain; });
    return queries;
}

} // namespace

EvaluationRecords recordsOf(const Dataset& dataset, const std::string& split, const EvaluationPlan& plan,
                            const SweepResult& rankings, const EvaluationResult& result,
                            const std::string& label)
{
    EvaluationRecords records;
    records.queries = queriesOf(dataset, plan, split);
    records.run.label = label;
    records.run.result = result;
    records.run.rankings.dims = rankings.dims;
    const std::size_t queryCount = plan.queryIds.size();
    for (const auto& lists : rankings.perDim) {
        TopKLists full(queryCount, lists.k);
        std::size_t searched = 0;
        for (std::size_t q = 0; q < queryCount; ++q) {
            if (plan.queryRows[q] < 0)
                continue;
            std::copy_n(lists.docsOf(searched).begin(), lists.k, full.docs.begin() + q * lists.k);
            std::copy_n(lists.scoresOf(searched).begin(), lists.k, full.scores.begin() + q * lists.k);
            ++searched;
        }
        for (const auto doc : full.docs)
            if (doc >= 0 && !records.products.contains(doc))
                records.products.emplace(doc, productOf(dataset.corpus[static_cast<std::size_t>(doc)], doc));
        records.run.rankings.perDim.push_back(std::move(full));
    }
    for (const auto& query : records.queries)
        for (const auto& judged : query.judged)
            if (!records.products.contains(judged.row))
                records.products.emplace(
                    judged.row, productOf(dataset.corpus[static_cast<std::size_t>(judged.row)], judged.row));
    return records;
}

std::int64_t storeEvaluation(ProjectStore& store, const DatasetSource& dataset, const ModelSource& model,
                             const ProjectSettings& settings, const EvaluationRecords& records)
{
    store.saveSources(dataset, model, settings);
    store.saveCatalogue(records.queries, records.products);
    return store.addRun(records.run);
}

} // namespace near2
