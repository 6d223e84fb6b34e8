#pragma once
// How complete a split's judgements are where it matters: the share of the products a ranking puts in its
// top k that the split leaves unjudged (metrics count them as misses, rightly or not).
#include "core/eval/evaluation_plan.h"
#include "core/search/top_k_lists.h"

#include <cstddef>

namespace near2 {

struct UnjudgedShare
{
    std::size_t unjudged = 0;
    std::size_t ranked = 0; // results looked at: the first k of every searched query, padding excluded
    double share() const
    {
        return ranked == 0 ? 0.0 : static_cast<double>(unjudged) / static_cast<double>(ranked);
    }
};

// `rankings` has one row per searchable query of `plan`, in plan order (as EvaluationOutcome::rankings).
UnjudgedShare unjudgedInTopK(const EvaluationPlan& plan, const TopKLists& rankings, std::size_t k);

} // namespace near2
