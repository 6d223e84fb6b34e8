#pragma once
// The kinds of analyst slice rules (SliceRule::kind in core/store/project_data.h), checked and matched in
// one place for every view and export:
//   tokens-at-most N / tokens-at-least N   the query's word count (query_words.h) against N
//   alphanumeric                           a run of non-space characters holds a digit and a letter
//   regex P                                the ICU pattern P finds a match, case-insensitively
//   (slice_regex.h) implicit                               the query has a relevant judged product, and
//   shares no word with
//                                          the title of any relevant one
#include "core/slices/slice_problem.h"
#include "core/slices/slice_regex.h"
#include "core/store/project_data.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

// The kinds' identifiers as stored, in the order a user picks from.
const std::vector<std::string>& sliceRuleKinds();

// Why `rule` would match nothing (an unknown kind, a bad number, an invalid or over-long pattern); nothing
// when it is usable. Where a rule is typed, a problem refuses it.
std::optional<SliceProblem> checkSliceRule(const SliceRule& rule);

// One rule, ready to test queries of one snapshot against. A rule with a problem matches nothing; a regex
// that runs past its limits stops matching from then on and reports it in problem().
class SliceRuleMatcher
{
public:
    SliceRuleMatcher(const SliceRule& rule, const ProjectSnapshot& snapshot);

    bool matches(const QueryRecord& query);
    // A problem found when the rule was checked or while it matched; QueriesTooLong once a query was left
    // out.
    const std::optional<SliceProblem>& problem() const { return m_problem; }

private:
    bool isImplicit(const QueryRecord& query);
    const std::vector<std::string>& titleWords(std::int32_t row);

    const ProjectSnapshot& m_snapshot;
    std::string m_kind;
    std::size_t m_words = 0;
    std::optional<SliceRegex> m_regex;
    std::optional<SliceProblem> m_problem;
    std::map<std::int32_t, std::vector<std::string>> m_titleWords; // sorted, per product row
};

} // namespace near2
