#include "core/report/applied_gains.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <utility>

namespace near2 {

std::vector<AppliedGain> appliedGains(const ProjectSnapshot& snapshot)
{
    std::map<std::pair<std::string, double>, std::size_t> counts;
    for (const auto& query : snapshot.queries)
        for (const auto& judged : query.judged)
            ++counts[{judged.label, judged.gain}];
    std::vector<AppliedGain> gains;
    for (const auto& [key, count] : counts)
        gains.push_back({key.first, key.second, count});
    std::stable_sort(gains.begin(), gains.end(),
                     [](const AppliedGain& a, const AppliedGain& b) { return a.gain > b.gain; });
    return gains;
}

std::string appliedGainsText(const std::vector<AppliedGain>& gains)
{
    if (gains.empty())
        return "none";
    std::string text;
    for (const auto& gain : gains)
        text += fmt::format("{}{}={}", text.empty() ? "" : ", ", gain.label, gain.gain);
    return text;
}

} // namespace near2
