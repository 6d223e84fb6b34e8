#pragma once
// The qrels of one split as gains per query: what every evaluation (run files, the sweep) starts from.
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/data/dataset.h"
#include "core/eval/gain_map.h"
#include "core/eval/metrics.h"

namespace near2 {

struct QueryGains
{
    std::unordered_map<std::string, std::pair<double, std::size_t>> gains; // document → (gain, qrels line)
    QueryJudgements judgements;                                           // ideal gains, relevant count
};

// Every query of the qrels, ordered by id. Throws InputError (file:line) for a label with no gain and for a
// document judged twice for the same query.
std::map<std::string, QueryGains> gainsByQuery(const Qrels& qrels, const GainMap& gains, double relevantThreshold);

} // namespace near2
