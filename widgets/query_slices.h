#pragma once
// Query slices: built in (one per value of the dataset's "type" attribute) and the analyst's rules
// (token count, alphanumeric token, regex, implicit = no word shared with any relevant product title).
#include "core/store/project_data.h"

#include <QString>
#include <vector>

namespace near2::widgets {

struct QuerySlice
{
    QString name;
    std::vector<char> members; // per query of the snapshot
    int count = 0;
};

// "All queries" first, then the types, then one slice per rule. An invalid regex matches nothing.
std::vector<QuerySlice> computeSlices(const ProjectSnapshot& snapshot, const std::vector<SliceRule>& rules);
bool ruleMatches(const SliceRule& rule, const QueryRecord& query, const ProjectSnapshot& snapshot);

// The kinds a rule may have, with their visible names.
QStringList sliceRuleKinds();
QString sliceRuleKindName(const QString& kind);

} // namespace near2::widgets
