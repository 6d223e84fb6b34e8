#include "core/eval/metric_spec.h"

#include "core/util/error.h"
#include "core/util/trim.h"

#include <algorithm>
#include <charconv>

namespace near2 {

const char* metricName(Metric metric)
{
    switch (metric) {
    case Metric::Ndcg:
        return "ndcg";
    case Metric::Precision:
        return "p";
    case Metric::Recall:
        return "recall";
    case Metric::Mrr:
        return "mrr";
    case Metric::Map:
        return "map";
    case Metric::Hit:
        return "hit";
    }
    return "?";
}

namespace {

int parseCutoff(const std::string& entry, InputField option)
{
    int value = 0;
    const char* end = entry.data() + entry.size();
    const auto [ptr, error] = std::from_chars(entry.data(), end, value);
    if (entry.empty() || error != std::errc() || ptr != end || value <= 0)
        throw InputError(fieldRef(option) + ": cutoff '" + entry + "' is not a positive integer");
    return value;
}

} // namespace

std::vector<int> MetricSpec::parseCutoffs(const std::string& text, InputField option)
{
    if (trimmed(text).empty())
        throw InputError(fieldRef(option) + ": expected a list of positive cutoffs such as 10,100");
    std::vector<int> cutoffs;
    std::size_t start = 0;
    while (true) {
        const auto comma = text.find(',', start);
        const std::string entry = trimmed(text.substr(start, comma - start));
        cutoffs.push_back(parseCutoff(entry, option));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    std::sort(cutoffs.begin(), cutoffs.end());
    cutoffs.erase(std::unique(cutoffs.begin(), cutoffs.end()), cutoffs.end());
    return cutoffs;
}

int MetricSpec::maxCutoff() const
{
    return cutoffs.empty() ? 0 : *std::max_element(cutoffs.begin(), cutoffs.end());
}

std::vector<std::string> MetricSpec::columnNames() const
{
    std::vector<std::string> names;
    names.reserve(columnCount());
    for (const Metric metric : metrics)
        for (const int k : cutoffs)
            names.push_back(std::string(metricName(metric)) + "@" + std::to_string(k));
    return names;
}

MetricSpec MetricSpec::fromColumnNames(const std::vector<std::string>& columns)
{
    MetricSpec spec;
    spec.cutoffs.clear();
    for (const auto& column : columns)
        if (const auto at = column.find('@'); at != std::string::npos) {
            int cutoff = 0;
            const auto [end, error] =
                std::from_chars(column.data() + at + 1, column.data() + column.size(), cutoff);
            if (error == std::errc() && end == column.data() + column.size() && cutoff > 0)
                spec.cutoffs.push_back(cutoff);
        }
    std::sort(spec.cutoffs.begin(), spec.cutoffs.end());
    spec.cutoffs.erase(std::unique(spec.cutoffs.begin(), spec.cutoffs.end()), spec.cutoffs.end());
    if (spec.columnNames() != columns) {
        std::string listed;
        for (const auto& column : columns)
            listed += (listed.empty() ? "" : ",") + column;
        throw InputError("metric columns '" + listed + "' are not every metric at each cutoff");
    }
    return spec;
}

} // namespace near2
