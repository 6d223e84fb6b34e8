#pragma once
// Per-query retrieval metrics with trec_eval 10.0's conventions:
// NDCG@k: linear gains, discount 1/log2(rank+1), ideal DCG from all judged gains of the query cut at k.
// P@k divides by k; Recall@k by all relevant judgements of the query (0 when it has none);
// MRR@k: 1/rank of the first relevant within k; MAP@k: sum of precision at each relevant rank within k,
// divided by all relevant judgements (trec_eval's map_cut); Hit@k: 1 if any relevant within k.
#include <span>
#include <vector>

#include "core/eval/metric_spec.h"

namespace near2 {

// One retrieved document, in rank order, after any judged-only filtering by the caller.
struct RankedGain
{
    double gain = 0.0;     // 0 for unjudged documents
    bool relevant = false; // judged and gain >= the relevance threshold
};

// What the qrels say about one query, independent of any ranking.
struct QueryJudgements
{
    std::vector<double> idealGains; // every judged gain of the query, descending (missing documents included)
    int relevantCount = 0;          // judged documents whose gain >= the relevance threshold
};

// Writes spec.columnCount() values into `out`, in MetricSpec::columnNames() order.
void computeQueryMetrics(std::span<const RankedGain> ranking, const QueryJudgements& judgements,
                         const MetricSpec& spec, std::span<double> out);

} // namespace near2
