#pragma once
// What the ranking inspector shows for one query: the top-k at the current and reference dims (rank, product,
// score, label, rank shift), the relevant products missing from the current top-k with their actual rank
// within the stored depth, and the score gap between the last relevant and the first irrelevant result.
#include "core/store/project_data.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace near2::widgets {

struct RankingRow
{
    int rank = 0;
    std::int32_t row = -1;
    QString title;
    float score = 0.0f;
    QString label;                // E/S/C/I as judged, empty when unjudged
    std::optional<int> otherRank; // rank at the other dim within the stored depth
    QString analystLabel;         // as the analyst judged it in the workbench (issue 17), empty when not
    QStringList duplicateTitles;  // near-duplicates collapsed into this row (issue 17)
};

struct MissingRelevant
{
    std::int32_t row = -1;
    QString title;
    QString label;
    std::optional<int> actualRank; // none: below the stored depth
};

struct QueryInspection
{
    std::vector<RankingRow> current, reference;
    std::vector<MissingRelevant> missing;
    std::optional<float> scoreGap; // last relevant − first irrelevant in the current top-k
    int storedDepth = 0;
};

QueryInspection inspectQuery(const ProjectSnapshot& snapshot, const StoredRun& run, int query, int dimIndex,
                             int referenceDimIndex, int k);

// Rows for two plain rankings (ad-hoc queries), with the same shift logic and no judgements.
std::vector<RankingRow> rankingRows(const std::vector<std::pair<std::int32_t, float>>& ranking,
                                    const std::vector<std::pair<std::int32_t, float>>& other,
                                    const std::map<std::int32_t, ProductRecord>& products);

} // namespace near2::widgets
