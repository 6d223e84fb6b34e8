#pragma once
// Where the demo opens: the story of the paper on one screen. The current dim is the nested dim nearest 1/8
// of the full one, the reference the full dim, and the query selected is one the Matryoshka run keeps there
// (its metric at the small dim no lower than at the full one) while the plain run loses it: the largest
// plain loss wins, ties to the first query id.
#include "core/store/project_data.h"

#include <map>
#include <optional>
#include <string>

namespace near2 {

struct OpeningView
{
    int dim = 0;
    int referenceDim = 0;
    std::optional<std::string> queryId; // none when no query fits the story
    double plainLoss = 0.0;             // plain run: metric at the full dim − at `dim`
};

// `column`: the metric column (e.g. "ndcg@10"). Both runs must share the dims; queries are matched by id.
OpeningView storyOpening(const StoredRun& plain, const StoredRun& matryoshka, const std::string& column);

// The view state a project stores ("dim", "referenceDim", "query") for that opening.
std::map<std::string, std::string> openingViewState(const OpeningView& view);

} // namespace near2
