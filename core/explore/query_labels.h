#pragma once
// One query's judged products as the explorer sees them: the dataset's judgements, plus the analyst's
// where they are merged in (core/explore/analyst_judgements.h). Relevant = gain >= the project's threshold;
// everything else, unjudged products included, is non-relevant (trec_eval's convention).
#include "core/store/project_data.h"

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace near2::explore {

struct QueryLabels
{
    std::vector<JudgedProduct> judged; // gain descending
    double relevantThreshold = 1.0;

    const JudgedProduct* find(std::int32_t row) const; // null when unjudged
    bool isRelevant(std::int32_t row) const;
    std::vector<std::int32_t> relevantRows() const; // gain descending
    std::unordered_set<std::int32_t> relevantSet() const;
};

// The dataset's judgements of the snapshot's query `query` (an index into snapshot.queries).
QueryLabels datasetLabelsOf(const ProjectSnapshot& snapshot, std::size_t query);

} // namespace near2::explore
