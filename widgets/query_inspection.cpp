#include "widgets/query_inspection.h"

#include <unordered_map>

namespace near2::widgets {

namespace {

QString titleOf(const std::map<std::int32_t, ProductRecord>& products, std::int32_t row)
{
    const auto found = products.find(row);
    return found == products.end() ? QStringLiteral("#%1").arg(row)
                                   : QString::fromStdString(found->second.title);
}

std::optional<int> rankIn(std::span<const std::int32_t> docs, std::int32_t row)
{
    for (std::size_t r = 0; r < docs.size(); ++r)
        if (docs[r] == row)
            return static_cast<int>(r) + 1;
    return std::nullopt;
}

std::vector<RankingRow> rowsAt(const ProjectSnapshot& snapshot, const TopKLists& lists,
                               const TopKLists& other, std::size_t query, int k,
                               const std::unordered_map<std::int32_t, const JudgedProduct*>& judged)
{
    std::vector<RankingRow> rows;
    const auto docs = lists.docsOf(query);
    const auto scores = lists.scoresOf(query);
    for (std::size_t r = 0; r < docs.size() && static_cast<int>(r) < k && docs[r] >= 0; ++r) {
        const auto found = judged.find(docs[r]);
        rows.push_back({static_cast<int>(r) + 1,
                        docs[r],
                        titleOf(snapshot.products, docs[r]),
                        scores[r],
                        found == judged.end() ? QString() : QString::fromStdString(found->second->label),
                        rankIn(other.docsOf(query), docs[r]),
                        {},
                        {}});
    }
    return rows;
}

} // namespace

QueryInspection inspectQuery(const ProjectSnapshot& snapshot, const StoredRun& run, int query, int dimIndex,
                             int referenceDimIndex, int k)
{
    QueryInspection inspection;
    if (query < 0 || dimIndex < 0 || static_cast<std::size_t>(dimIndex) >= run.rankings.perDim.size())
        return inspection;
    const auto q = static_cast<std::size_t>(query);
    const auto& record = snapshot.queries[q];
    std::unordered_map<std::int32_t, const JudgedProduct*> judged;
    for (const auto& product : record.judged)
        judged.emplace(product.row, &product);
    const auto& current = run.rankings.perDim[static_cast<std::size_t>(dimIndex)];
    const auto& reference = run.rankings.perDim[static_cast<std::size_t>(referenceDimIndex)];
    inspection.storedDepth = static_cast<int>(current.k);
    inspection.current = rowsAt(snapshot, current, reference, q, k, judged);
    inspection.reference = rowsAt(snapshot, reference, current, q, k, judged);
    const double threshold = snapshot.settings.relevantThreshold;
    std::optional<float> lastRelevant, firstIrrelevant;
    for (const auto& row : inspection.current) {
        const auto found = judged.find(row.row);
        const bool relevant = found != judged.end() && found->second->gain >= threshold;
        if (relevant)
            lastRelevant = row.score;
        else if (!firstIrrelevant)
            firstIrrelevant = row.score;
    }
    if (lastRelevant && firstIrrelevant)
        inspection.scoreGap = *lastRelevant - *firstIrrelevant;
    for (const auto& product : record.judged) {
        if (product.gain < threshold)
            continue;
        const auto rank = rankIn(current.docsOf(q), product.row);
        if (!rank || *rank > k)
            inspection.missing.push_back({product.row, titleOf(snapshot.products, product.row),
                                          QString::fromStdString(product.label), rank});
    }
    return inspection;
}

std::vector<RankingRow> rankingRows(const std::vector<std::pair<std::int32_t, float>>& ranking,
                                    const std::vector<std::pair<std::int32_t, float>>& other,
                                    const std::map<std::int32_t, ProductRecord>& products)
{
    std::vector<RankingRow> rows;
    for (std::size_t r = 0; r < ranking.size(); ++r) {
        std::optional<int> otherRank;
        for (std::size_t o = 0; o < other.size(); ++o)
            if (other[o].first == ranking[r].first)
                otherRank = static_cast<int>(o) + 1;
        rows.push_back({static_cast<int>(r) + 1,
                        ranking[r].first,
                        titleOf(products, ranking[r].first),
                        ranking[r].second,
                        QString(),
                        otherRank,
                        {},
                        {}});
    }
    return rows;
}

} // namespace near2::widgets
