#include "core/explore/query_labels.h"

namespace near2::explore {

const JudgedProduct* QueryLabels::find(std::int32_t row) const
{
    for (const auto& product : judged)
        if (product.row == row)
            return &product;
    return nullptr;
}

bool QueryLabels::isRelevant(std::int32_t row) const
{
    const auto* product = find(row);
    return product && product->gain >= relevantThreshold;
}

std::vector<std::int32_t> QueryLabels::relevantRows() const
{
    std::vector<std::int32_t> rows;
    for (const auto& product : judged)
        if (product.gain >= relevantThreshold)
            rows.push_back(product.row);
    return rows;
}

std::unordered_set<std::int32_t> QueryLabels::relevantSet() const
{
    const auto rows = relevantRows();
    return {rows.begin(), rows.end()};
}

QueryLabels datasetLabelsOf(const ProjectSnapshot& snapshot, std::size_t query)
{
    return {snapshot.queries.at(query).judged, snapshot.settings.relevantThreshold};
}

} // namespace near2::explore
