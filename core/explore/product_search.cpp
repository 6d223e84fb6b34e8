#include "core/explore/product_search.h"

#include "core/explore/title_words.h"
#include "core/util/trim.h"

#include <algorithm>
#include <limits>

namespace near2::explore {

namespace {

std::string joinedWords(std::string_view title)
{
    std::string joined;
    for (const auto& word : titleWords(title))
        joined += " " + word;
    return joined;
}

} // namespace

ProductFinder::ProductFinder(std::vector<std::int32_t> rows, std::vector<std::string> ids,
                             const std::vector<std::string>& titles)
    : m_rows(std::move(rows)), m_ids(std::move(ids))
{
    if (m_rows.size() != m_ids.size() || m_rows.size() != titles.size())
        throw std::invalid_argument("ProductFinder: one id and one title per row");
    m_words.reserve(titles.size());
    for (const auto& title : titles)
        m_words.push_back(joinedWords(title));
}

ProductFinder ProductFinder::ofCatalog(const std::vector<Record>& catalog)
{
    std::vector<std::int32_t> rows;
    std::vector<std::string> ids, titles;
    for (std::size_t row = 0; row < catalog.size(); ++row) {
        rows.push_back(static_cast<std::int32_t>(row));
        ids.push_back(catalog[row].id);
        titles.push_back(catalog[row].title);
    }
    return {std::move(rows), std::move(ids), titles};
}

ProductFinder ProductFinder::ofProducts(const std::map<std::int32_t, ProductRecord>& products)
{
    std::vector<std::int32_t> rows;
    std::vector<std::string> ids, titles;
    for (const auto& [row, product] : products) {
        rows.push_back(row);
        ids.push_back(product.id);
        titles.push_back(product.title);
    }
    return {std::move(rows), std::move(ids), titles};
}

ProductFinder::Matches ProductFinder::find(std::string_view text, std::size_t limit) const
{
    const std::string id = trimmed(std::string(text));
    const auto words = titleWords(text);
    Matches matches;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (!id.empty() && m_ids[i] == id) {
            if (matches.byId.size() < limit)
                matches.byId.push_back(m_rows[i]);
            continue;
        }
        const bool all =
            !words.empty() && std::all_of(words.begin(), words.end(), [&](const std::string& word) {
                return m_words[i].find(" " + word) != std::string::npos;
            });
        if (all && matches.byTitle.size() < limit)
            matches.byTitle.push_back(m_rows[i]);
    }
    return matches;
}

ProductSearch searchProducts(const ProductFinder& finder, std::string_view text, const ListedRanking& current,
                             const ListedRanking& reference, const ExactCatalog& exact, std::size_t limit,
                             const JobControl& job)
{
    auto [rows, byTitle] = finder.find(text, std::numeric_limits<std::size_t>::max());
    const std::size_t idMatches = rows.size();
    std::stable_sort(byTitle.begin(), byTitle.end(), [&](std::int32_t a, std::int32_t b) {
        const auto rankA = current.rankOf(a), rankB = current.rankOf(b);
        return rankA && (!rankB || *rankA < *rankB);
    });
    rows.insert(rows.end(), byTitle.begin(), byTitle.end());
    rows.resize(std::min(rows.size(), limit));
    ProductSearch search;
    search.dim = current.dim;
    search.referenceDim = reference.dim;
    const ListedRanking listings[] = {current, reference};
    const auto table = rankTargets({rows, {current.dim, reference.dim}, nullptr}, listings, exact, job);
    search.computedDims = table.computedDims;
    search.exactScores = table.exactScores;
    for (std::size_t i = 0; i < rows.size(); ++i)
        search.hits.push_back({rows[i], i < idMatches, table.ranks[i][table.dimIndex(current.dim)],
                               table.ranks[i][table.dimIndex(reference.dim)]});
    return search;
}

} // namespace near2::explore
