#pragma once
// Which queries belong to which slice, without Qt (the CLI report and the PDF use it; the workbench's
// widgets/query_slices.* compute the same slices for its views). Slices: "All queries", one per value of the
// dataset's "type" attribute ("type: <value>"), then one per analyst rule. Words are runs of letters and
// digits (bytes >= 0x80 count as letters), compared lower-cased; an invalid regex matches nothing.
#include "core/store/project_data.h"

#include <string>
#include <vector>

namespace near2 {

struct SliceMembers
{
    std::string name;
    std::vector<char> members; // per query of the snapshot
    int count = 0;
};

std::vector<SliceMembers> sliceMembership(const ProjectSnapshot& snapshot);

bool sliceRuleMatches(const SliceRule& rule, const QueryRecord& query, const ProjectSnapshot& snapshot);

} // namespace near2
