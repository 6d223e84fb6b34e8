#pragma once
// The gains a project's metrics actually used: each label its judgements carry, with the gain it was given
// (numeric grades gain their own value, E/S/C/I what the gain map says) and how often it occurs. Reports
// print these instead of the gain-map text, which names labels a dataset may not have.
#include "core/store/project_data.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

struct AppliedGain
{
    std::string label;
    double gain = 0;
    std::size_t judgements = 0;
};

// Highest gain first (ties: by label). A label judged with two gains (it cannot happen through one gain map)
// is listed once per gain.
std::vector<AppliedGain> appliedGains(const ProjectSnapshot& snapshot);
// "E=1, S=0.1, C=0.01, I=0" for the labels present, in appliedGains' order; "none" without judgements.
std::string appliedGainsText(const std::vector<AppliedGain>& gains);

} // namespace near2
