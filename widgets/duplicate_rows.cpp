#include "widgets/duplicate_rows.h"

#include "core/explore/near_duplicates.h"

namespace near2::widgets {

std::vector<RankingRow> collapseNearDuplicates(const std::vector<RankingRow>& rows,
                                               const EmbeddingMatrix* corpus)
{
    std::vector<std::int32_t> products;
    std::vector<std::string> titles;
    for (const auto& row : rows) {
        products.push_back(row.row);
        titles.push_back(row.title.toStdString());
    }
    std::vector<RankingRow> collapsed;
    for (const auto& group : explore::groupNearDuplicates(products, titles, corpus)) {
        RankingRow shown = rows[group.members.front()];
        for (std::size_t i = 1; i < group.members.size(); ++i)
            shown.duplicateTitles << rows[group.members[i]].title;
        collapsed.push_back(std::move(shown));
    }
    return collapsed;
}

} // namespace near2::widgets
