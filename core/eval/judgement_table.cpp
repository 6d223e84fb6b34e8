#include "core/eval/judgement_table.h"

#include "core/util/error.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace near2 {

std::map<std::string, QueryGains> gainsByQuery(const Qrels& qrels, const GainMap& gains,
                                               double relevantThreshold)
{
    if (!std::isfinite(relevantThreshold)) // NaN would make nothing relevant, silently
        throw InputError(fieldRef(InputField::RelevantThreshold) + ": expected a finite number, got " +
                         std::to_string(relevantThreshold));
    std::map<std::string, QueryGains> queries;
    for (const Judgement& judgement : qrels.judgements) {
        const auto gain = gains.gainOf(judgement.label);
        if (!gain)
            throw InputError(qrels.file, judgement.line,
                             "label '" + judgement.label + "' has no gain (use " +
                                 fieldRef(InputField::Gains) + ")");
        QueryGains& query = queries[judgement.queryId];
        const auto [it, inserted] =
            query.gains.emplace(judgement.docId, std::make_pair(*gain, judgement.line));
        if (!inserted)
            throw InputError(qrels.file, judgement.line,
                             "document '" + judgement.docId + "' is judged twice for query '" +
                                 judgement.queryId + "' (first on line " + std::to_string(it->second.second) +
                                 ")");
    }
    for (auto& [id, query] : queries) {
        auto& ideal = query.judgements.idealGains;
        ideal.reserve(query.gains.size());
        for (const auto& [doc, judged] : query.gains) {
            ideal.push_back(judged.first);
            if (judged.first >= relevantThreshold)
                ++query.judgements.relevantCount;
        }
        std::sort(ideal.begin(), ideal.end(), std::greater<>());
    }
    return queries;
}

} // namespace near2
