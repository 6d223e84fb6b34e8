#include "core/eval/evaluation_plan.h"

#include "core/eval/judgement_table.h"
#include "core/util/error.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace near2 {

namespace {
std::string listSome(const std::vector<std::string>& ids)
{
    constexpr std::size_t kShown = 5;
    std::string text;
    for (std::size_t i = 0; i < std::min(ids.size(), kShown); ++i)
        text += (i ? ", " : "") + ids[i];
    return text + (ids.size() > kShown ? ", …" : "");
}
} // namespace

std::vector<std::uint32_t> tieRanksOf(const std::vector<Record>& records)
{
    std::vector<std::uint32_t> order(records.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return records[a].id < records[b].id; });
    std::vector<std::uint32_t> ranks(records.size());
    for (std::uint32_t position = 0; position < order.size(); ++position)
        ranks[order[position]] = position;
    return ranks;
}

EvaluationPlan planEvaluation(const Dataset& dataset, const std::string& split, const GainMap& gains,
                              double relevantThreshold)
{
    const Qrels& qrels = dataset.split(split);
    if (qrels.judgements.empty()) // averages over no query would read as a model scoring 0
        throw InputError(qrels.file, "the split '" + split + "' has no judgements (only the header)");
    const RecordIndex queryIndex(dataset.queries);
    const RecordIndex docIndex(dataset.corpus);
    EvaluationPlan plan;
    plan.tieRanks = tieRanksOf(dataset.corpus);
    std::set<std::string> missingDocs;
    for (auto& [id, table] : gainsByQuery(qrels, gains, relevantThreshold)) {
        plan.queryIds.push_back(id);
        const long row = queryIndex.find(id);
        plan.queryRows.push_back(row);
        if (row < 0)
            plan.missingQueries.push_back(id);
        std::unordered_map<std::int32_t, double> byRow;
        for (const auto& [docId, judged] : table.gains) {
            const long docRow = docIndex.find(docId);
            if (docRow < 0)
                missingDocs.insert(docId);
            else
                byRow.emplace(static_cast<std::int32_t>(docRow), judged.first);
        }
        plan.docGains.push_back(std::move(byRow));
        plan.judgements.push_back(std::move(table.judgements));
    }
    plan.missingDocs.assign(missingDocs.begin(), missingDocs.end());
    return plan;
}

std::vector<std::size_t> EvaluationPlan::searchableQueryRows() const
{
    std::vector<std::size_t> rows;
    for (const long row : queryRows)
        if (row >= 0)
            rows.push_back(static_cast<std::size_t>(row));
    return rows;
}

std::vector<std::string> EvaluationPlan::warnings() const
{
    std::vector<std::string> lines;
    if (!missingQueries.empty())
        lines.push_back(std::to_string(missingQueries.size()) +
                        " judged queries are missing from the queries file and score 0 (" +
                        listSome(missingQueries) + ")");
    if (!missingDocs.empty())
        lines.push_back(
            std::to_string(missingDocs.size()) +
            " judged products are missing from the catalog; they still count in recall and ideal DCG (" +
            listSome(missingDocs) + ")");
    return lines;
}

} // namespace near2
