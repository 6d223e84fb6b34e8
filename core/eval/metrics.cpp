#include "core/eval/metrics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

namespace near2 {

namespace {

// 1/log2(rank+1) for ranks 1..kTableSize, computed once; deeper ranks compute it on the fly.
constexpr std::size_t kTableSize = 4096;

const std::array<double, kTableSize + 1>& discountTable()
{
    static const auto table = [] {
        std::array<double, kTableSize + 1> values{};
        for (std::size_t rank = 1; rank <= kTableSize; ++rank)
            values[rank] = 1.0 / std::log2(static_cast<double>(rank) + 1.0);
        return values;
    }();
    return table;
}

double discount(std::size_t rank, const std::array<double, kTableSize + 1>& table)
{
    return rank <= kTableSize ? table[rank] : 1.0 / std::log2(static_cast<double>(rank) + 1.0);
}

// Running sums over the first `depth` ranks of the ranking and of the ideal ranking.
// Advancing from one cutoff to the next continues where the previous stopped (one pass for sorted cutoffs).
struct Prefix
{
    std::size_t depth = 0;
    double dcg = 0.0;
    double idealDcg = 0.0;
    int relevantRetrieved = 0;
    double precisionSum = 0.0; // sum of precision at the rank of each relevant document (MAP)
    std::size_t firstRelevantRank = 0;

    void advanceTo(std::size_t k, std::span<const RankedGain> ranking, const QueryJudgements& judgements,
                   const std::array<double, kTableSize + 1>& table)
    {
        const std::size_t rankingEnd = std::min(k, ranking.size());
        for (std::size_t i = std::min(depth, rankingEnd); i < rankingEnd; ++i) {
            const RankedGain& item = ranking[i];
            const std::size_t rank = i + 1;
            if (item.gain > 0.0) // trec_eval ignores non-positive gains
                dcg += item.gain * discount(rank, table);
            if (item.relevant) {
                ++relevantRetrieved;
                precisionSum += static_cast<double>(relevantRetrieved) / static_cast<double>(rank);
                if (firstRelevantRank == 0)
                    firstRelevantRank = rank;
            }
        }
        const std::size_t idealEnd = std::min(k, judgements.idealGains.size());
        for (std::size_t i = std::min(depth, idealEnd); i < idealEnd; ++i) {
            const double gain = judgements.idealGains[i];
            if (gain > 0.0)
                idealDcg += gain * discount(i + 1, table);
        }
        depth = k;
    }

    double value(Metric metric, std::size_t k, int relevantCount) const
    {
        switch (metric) {
        case Metric::Ndcg:
            return idealDcg > 0.0 ? dcg / idealDcg : 0.0;
        case Metric::Precision:
            return static_cast<double>(relevantRetrieved) / static_cast<double>(k);
        case Metric::Recall:
            return relevantCount > 0 ? static_cast<double>(relevantRetrieved) / relevantCount : 0.0;
        case Metric::Mrr:
            return firstRelevantRank > 0 ? 1.0 / static_cast<double>(firstRelevantRank) : 0.0;
        case Metric::Map:
            return relevantCount > 0 ? precisionSum / relevantCount : 0.0;
        case Metric::Hit:
            return relevantRetrieved > 0 ? 1.0 : 0.0;
        }
        return 0.0;
    }
};

} // namespace

void computeQueryMetrics(std::span<const RankedGain> ranking, const QueryJudgements& judgements,
                         const MetricSpec& spec, std::span<double> out)
{
    const std::size_t cutoffCount = spec.cutoffs.size();
    if (out.size() < spec.columnCount())
        throw std::invalid_argument("computeQueryMetrics: output has fewer values than columns");
    const auto& table = discountTable();
    Prefix prefix;
    for (std::size_t c = 0; c < cutoffCount; ++c) {
        if (spec.cutoffs[c] <= 0)
            throw std::invalid_argument("computeQueryMetrics: cutoffs must be positive");
        const auto k = static_cast<std::size_t>(spec.cutoffs[c]);
        if (k < prefix.depth) // unsorted cutoffs: start over
            prefix = Prefix{};
        prefix.advanceTo(k, ranking, judgements, table);
        for (std::size_t m = 0; m < spec.metrics.size(); ++m)
            out[m * cutoffCount + c] = prefix.value(spec.metrics[m], k, judgements.relevantCount);
    }
}

} // namespace near2
