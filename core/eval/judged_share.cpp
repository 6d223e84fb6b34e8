#include "core/eval/judged_share.h"

#include <algorithm>

namespace near2 {

UnjudgedShare unjudgedInTopK(const EvaluationPlan& plan, const TopKLists& rankings, std::size_t k)
{
    UnjudgedShare result;
    std::size_t row = 0;
    for (std::size_t q = 0; q < plan.queryIds.size() && row < rankings.queries; ++q) {
        if (plan.queryRows[q] < 0)
            continue;
        const auto docs = rankings.docsOf(row++);
        for (std::size_t r = 0; r < std::min(k, docs.size()) && docs[r] >= 0; ++r) {
            ++result.ranked;
            if (!plan.docGains[q].contains(docs[r]))
                ++result.unjudged;
        }
    }
    return result;
}

} // namespace near2
