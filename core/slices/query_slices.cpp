#include "core/slices/query_slices.h"

#include "core/slices/slice_rule.h"

#include <set>

namespace near2 {

namespace {

template <typename Contains>
QuerySlice slice(QuerySlice::Origin origin, std::string name, const ProjectSnapshot& snapshot,
                 Contains&& contains)
{
    QuerySlice result{origin, std::move(name), std::vector<char>(snapshot.queries.size(), 0), 0, {}};
    for (std::size_t q = 0; q < snapshot.queries.size(); ++q)
        if (contains(snapshot.queries[q])) {
            result.members[q] = 1;
            ++result.count;
        }
    return result;
}

} // namespace

std::vector<QuerySlice> computeQuerySlices(const ProjectSnapshot& snapshot,
                                           const std::vector<SliceRule>& rules)
{
    std::vector<QuerySlice> slices;
    slices.push_back(
        slice(QuerySlice::Origin::AllQueries, {}, snapshot, [](const QueryRecord&) { return true; }));
    std::set<std::string> types;
    for (const auto& query : snapshot.queries)
        if (!query.type.empty())
            types.insert(query.type);
    for (const auto& type : types)
        slices.push_back(slice(QuerySlice::Origin::Type, type, snapshot,
                               [&](const QueryRecord& query) { return query.type == type; }));
    for (const auto& rule : rules) {
        SliceRuleMatcher matcher(rule, snapshot);
        auto ruleSlice = slice(QuerySlice::Origin::Rule, rule.name, snapshot,
                               [&](const QueryRecord& query) { return matcher.matches(query); });
        ruleSlice.problem = matcher.problem();
        if (ruleSlice.problem && ruleSlice.problem->emptiesSlice()) { // stopped part-way: no half slice
            std::fill(ruleSlice.members.begin(), ruleSlice.members.end(), 0);
            ruleSlice.count = 0;
        }
        slices.push_back(std::move(ruleSlice));
    }
    return slices;
}

std::vector<QuerySlice> computeQuerySlices(const ProjectSnapshot& snapshot)
{
    return computeQuerySlices(snapshot, snapshot.sliceRules);
}

std::string sliceName(const QuerySlice& slice)
{
    switch (slice.origin) {
    case QuerySlice::Origin::AllQueries:
        return "All queries";
    case QuerySlice::Origin::Type:
        return "type: " + slice.name;
    case QuerySlice::Origin::Rule:
        break;
    }
    return slice.name;
}

std::vector<std::string> sliceProblemLines(const std::vector<QuerySlice>& slices)
{
    std::vector<std::string> lines;
    for (const auto& slice : slices)
        if (slice.problem)
            lines.push_back("slice '" + slice.name + "': " + describeSliceProblem(*slice.problem));
    return lines;
}

} // namespace near2
