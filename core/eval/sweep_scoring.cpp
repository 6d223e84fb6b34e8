#include "core/eval/sweep_scoring.h"

#include <algorithm>

namespace near2 {

EvaluationResult scoreRankings(const EvaluationPlan& plan, const SweepResult& rankings,
                               const ScoringOptions& options)
{
    EvaluationResult result;
    result.dims = rankings.dims;
    result.columns = options.spec.columnNames();
    result.queryIds = plan.queryIds;
    const std::size_t columns = result.columns.size();
    const std::size_t queries = plan.queryIds.size();
    const auto depth = static_cast<std::size_t>(options.spec.maxCutoff());
    std::vector<RankedGain> ranking;
    for (std::size_t d = 0; d < rankings.dims.size(); ++d) {
        const TopKLists& lists = rankings.perDim[d];
        std::vector<double> values(queries * columns, 0.0);
        std::vector<double> mean(columns, 0.0);
        std::size_t searched = 0;
        for (std::size_t q = 0; q < queries; ++q) {
            if (plan.queryRows[q] < 0)
                continue;
            const auto docs = lists.docsOf(searched++);
            const auto& gains = plan.docGains[q];
            ranking.clear();
            // Never more than the list holds: a cutoff of 10^9 must not reserve 16 GB of address space.
            ranking.reserve(std::min(depth, docs.size()));
            for (std::size_t r = 0; r < docs.size() && ranking.size() < depth && docs[r] >= 0; ++r) {
                const auto judged = gains.find(docs[r]);
                if (judged == gains.end()) {
                    if (!options.judgedOnly)
                        ranking.push_back(RankedGain{});
                } else {
                    ranking.push_back(
                        RankedGain{judged->second, judged->second >= options.relevantThreshold});
                }
            }
            const std::span<double> out(values.data() + q * columns, columns);
            computeQueryMetrics(ranking, plan.judgements[q], options.spec, out);
            for (std::size_t c = 0; c < columns; ++c)
                mean[c] += out[c];
        }
        if (queries > 0)
            for (double& m : mean)
                m /= static_cast<double>(queries);
        result.perQuery.push_back(std::move(values));
        result.mean.push_back(std::move(mean));
    }
    return result;
}

} // namespace near2
