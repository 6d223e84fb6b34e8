#pragma once
// Which queries belong to which slice: the one definition every view and export uses (the query table,
// Summary, Charts, the CSV and PDF reports). Slices: all queries, one per value of the dataset's "type"
// attribute (sorted), then one per analyst rule (slice_rule.h), in the rules' order.
#include "core/slices/slice_problem.h"
#include "core/store/project_data.h"

#include <optional>
#include <string>
#include <vector>

namespace near2 {

struct QuerySlice
{
    enum class Origin { AllQueries, Type, Rule };
    Origin origin = Origin::AllQueries;
    std::string name;          // the type's value, or the rule's name; empty for all queries
    std::vector<char> members; // per query of the snapshot
    int count = 0;
    std::optional<SliceProblem> problem; // rules only: why it matches nothing, or left queries out

    bool operator==(const QuerySlice&) const = default;
};

std::vector<QuerySlice> computeQuerySlices(const ProjectSnapshot& snapshot,
                                           const std::vector<SliceRule>& rules);
// With the snapshot's own rules.
std::vector<QuerySlice> computeQuerySlices(const ProjectSnapshot& snapshot);

// The slice's name in the CLI and the reports: "All queries", "type: <value>", or the rule's name.
std::string sliceName(const QuerySlice& slice);

// One line per rule with a problem, for the CLI and report front-ends: "slice 'NAME': <problem>".
std::vector<std::string> sliceProblemLines(const std::vector<QuerySlice>& slices);

} // namespace near2
