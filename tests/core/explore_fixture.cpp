#include "tests/core/explore_fixture.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace near2::test {

ExploreCase makeExploreCase(std::size_t rows, std::size_t dim, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    ExploreCase c;
    for (std::size_t i = 0; i < dim; ++i)
        c.query.push_back(normal(generator));
    std::vector<float> values(rows * dim);
    for (auto& value : values)
        value = normal(generator);
    for (std::int32_t row = 20; row < 26; ++row)
        c.lateRows.push_back(row);
    for (std::int32_t row = 30; row < 34; ++row)
        c.earlyRows.push_back(row);
    const auto lean = [&](std::int32_t row, std::size_t from, std::size_t to, float strength) {
        for (std::size_t i = from; i < to; ++i)
            values[static_cast<std::size_t>(row) * dim + i] += strength * c.query[i];
    };
    for (std::size_t i = 0; i < c.lateRows.size(); ++i)
        lean(c.lateRows[i], dim / 2, dim, 1.5f + 0.3f * static_cast<float>(i));
    for (std::size_t i = 0; i < c.earlyRows.size(); ++i)
        lean(c.earlyRows[i], 0, 8, 3.0f + 0.2f * static_cast<float>(i));
    lean(12, 0, dim, 0.8f); // rows 10 and 11 copy it: a three-way tie high in the ranking
    const auto original = values.begin() + 12 * static_cast<std::ptrdiff_t>(dim);
    for (const std::ptrdiff_t copy : {10, 11})
        std::copy_n(original, dim, values.begin() + copy * static_cast<std::ptrdiff_t>(dim));
    c.corpus = EmbeddingMatrix(std::move(values), rows, dim);
    c.tieRanks.resize(rows);
    std::iota(c.tieRanks.begin(), c.tieRanks.end(), 0u);
    std::shuffle(c.tieRanks.begin(), c.tieRanks.end(), generator);
    for (std::size_t d = 8; d <= dim; d *= 2)
        c.dims.push_back(static_cast<int>(d));
    return c;
}

long double referenceCosine(const ExploreCase& c, std::int32_t row, int dim)
{
    const auto x = c.corpus.row(static_cast<std::size_t>(row));
    long double dot = 0, xx = 0, qq = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(dim); ++i) {
        dot += static_cast<long double>(x[i]) * c.query[i];
        xx += static_cast<long double>(x[i]) * x[i];
        qq += static_cast<long double>(c.query[i]) * c.query[i];
    }
    return xx > 0 && qq > 0 ? dot / std::sqrt(xx * qq) : 0.0L;
}

std::vector<std::int32_t> referenceOrder(const ExploreCase& c, int dim)
{
    std::vector<std::pair<long double, std::int32_t>> scored;
    for (std::size_t row = 0; row < c.corpus.rows(); ++row)
        scored.emplace_back(referenceCosine(c, static_cast<std::int32_t>(row), dim),
                            static_cast<std::int32_t>(row));
    std::sort(scored.begin(), scored.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first > b.first;
        return c.tieRanks[static_cast<std::size_t>(a.second)] >
               c.tieRanks[static_cast<std::size_t>(b.second)];
    });
    std::vector<std::int32_t> order;
    for (const auto& entry : scored)
        order.push_back(entry.second);
    return order;
}

std::size_t referenceRank(const ExploreCase& c, std::int32_t row, int dim)
{
    const auto order = referenceOrder(c, dim);
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), row) - order.begin()) + 1;
}

explore::ListedRanking referenceListing(const ExploreCase& c, int dim, std::size_t depth)
{
    explore::ListedRanking listing;
    listing.dim = dim;
    const auto order = referenceOrder(c, dim);
    for (std::size_t r = 0; r < depth && r < order.size(); ++r) {
        listing.rows.push_back(order[r]);
        listing.scores.push_back(static_cast<float>(referenceCosine(c, order[r], dim)));
    }
    return listing;
}

} // namespace near2::test
