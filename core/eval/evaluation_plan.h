#pragma once
// What an evaluation of one qrels split needs from a dataset: which queries to search (every query of the
// split, as trec_eval -c), their judged gains keyed by catalog row, and the references that point nowhere.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/data/dataset.h"
#include "core/eval/gain_map.h"
#include "core/eval/metrics.h"

namespace near2 {

struct EvaluationPlan
{
    std::vector<std::string> queryIds;     // every query of the split, ordered by id
    std::vector<long> queryRows;           // row in dataset.queries / the query embeddings, -1 when absent
    std::vector<QueryJudgements> judgements;
    std::vector<std::unordered_map<std::int32_t, double>> docGains; // catalog row → gain, judged and present
    std::vector<std::uint32_t> tieRanks;   // per catalog row: position of its id in string order

    std::vector<std::string> missingQueries;  // judged queries absent from queries.jsonl
    std::vector<std::string> missingDocs;     // judged products absent from the catalog (distinct ids)

    // Rows of the queries that can be searched, in plan order (the sweep's query order).
    std::vector<std::size_t> searchableQueryRows() const;
    // "12 judged queries are missing from queries.jsonl (q1, q7, q9, …)" style lines; empty when all resolve.
    std::vector<std::string> warnings() const;
};

// Throws InputError (qrels file:line) for unknown labels and duplicate judgements, or when the split is absent.
EvaluationPlan planEvaluation(const Dataset& dataset, const std::string& split, const GainMap& gains,
                              double relevantThreshold);

// Position of each record's id in string order; equal scores rank the larger id first (trec_eval).
std::vector<std::uint32_t> tieRanksOf(const std::vector<Record>& records);

} // namespace near2
