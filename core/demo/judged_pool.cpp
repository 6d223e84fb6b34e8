#include "core/demo/judged_pool.h"

#include <algorithm>

namespace near2::demo {

std::vector<std::vector<std::size_t>> productsByCategory(const std::vector<DemoProduct>& products,
                                                         std::size_t categories)
{
    std::vector<std::vector<std::size_t>> byCategory(categories);
    for (std::size_t i = 0; i < products.size(); ++i)
        byCategory[products[i].category].push_back(i);
    return byCategory;
}

std::vector<JudgedProduct> selectJudgements(const QuerySpec& query, std::size_t target,
                                            const std::vector<DemoProduct>& products,
                                            const std::vector<std::vector<std::size_t>>& byCategory,
                                            const std::vector<CategorySpec>& catalog, DemoRandom& random)
{
    std::vector<std::size_t> exact, substitutes, sameCategoryIrrelevant;
    for (const auto i : byCategory[query.category]) {
        if (i == target)
            continue;
        switch (judge(query, products[i], catalog)) {
        case Esci::Exact:
            exact.push_back(i);
            break;
        case Esci::Substitute:
            substitutes.push_back(i);
            break;
        default:
            sameCategoryIrrelevant.push_back(i);
            break;
        }
    }

    // Complements and other-category negatives: draw candidates at random and keep the right labels.
    std::vector<std::size_t> complements, otherIrrelevant;
    const std::size_t wantedComplements = random.between(1, 4);
    const std::size_t wantedOther = random.between(1, 3);
    for (std::size_t attempt = 0; attempt < 200; ++attempt) {
        if (complements.size() >= wantedComplements && otherIrrelevant.size() >= wantedOther)
            break;
        const auto& names = catalog[query.category].complements;
        const bool lookForComplement =
            complements.size() < wantedComplements && !names.empty() && attempt % 2 == 0;
        std::size_t candidate = random.below(products.size());
        if (lookForComplement) {
            const long category = findCategory(catalog, random.pick(names));
            if (category < 0 || byCategory[static_cast<std::size_t>(category)].empty())
                continue;
            candidate = random.pick(byCategory[static_cast<std::size_t>(category)]);
        }
        if (products[candidate].category == query.category)
            continue;
        auto& bucket =
            judge(query, products[candidate], catalog) == Esci::Complement ? complements : otherIrrelevant;
        const std::size_t wanted = &bucket == &complements ? wantedComplements : wantedOther;
        if (bucket.size() < wanted && std::find(bucket.begin(), bucket.end(), candidate) == bucket.end())
            bucket.push_back(candidate);
    }

    std::vector<JudgedProduct> judged{{target, Esci::Exact}};
    auto take = [&](const std::vector<std::size_t>& pool, std::size_t count, Esci label) {
        for (const auto i : random.sample(pool, count))
            judged.push_back({i, label});
    };
    take(exact, random.between(2, 10), Esci::Exact); // most ESCI judgements are Exact
    take(substitutes, random.between(2, 8), Esci::Substitute);
    take(sameCategoryIrrelevant, random.between(2, 5), Esci::Irrelevant);
    take(complements, complements.size(), Esci::Complement);
    take(otherIrrelevant, otherIrrelevant.size(), Esci::Irrelevant);
    std::sort(judged.begin(), judged.end(),
              [](const auto& a, const auto& b) { return a.product < b.product; });
    return judged;
}

} // namespace near2::demo
