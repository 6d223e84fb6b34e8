#include "core/demo/judged_pool.h"

#include <algorithm>

namespace near2::demo {

namespace {

bool byProduct(const JudgedProduct& a, const JudgedProduct& b)
{
    return a.product < b.product;
}

// Up to `count` of `pool` at random, skipping products already judged.
void addIrrelevant(std::vector<JudgedProduct>& judged, std::vector<char>& isJudged,
                   const std::vector<std::size_t>& pool, std::size_t count, DemoRandom& random)
{
    for (std::size_t attempt = 0; attempt < 4 * count && count > 0 && !pool.empty(); ++attempt) {
        const std::size_t product = random.pick(pool);
        if (isJudged[product])
            continue;
        isJudged[product] = 1;
        judged.push_back({product, Esci::Irrelevant});
        --count;
    }
}

} // namespace

std::vector<std::vector<std::size_t>> productsByCategory(const std::vector<DemoProduct>& products,
                                                         std::size_t categories)
{
    std::vector<std::vector<std::size_t>> byCategory(categories);
    for (std::size_t i = 0; i < products.size(); ++i)
        byCategory[products[i].category].push_back(i);
    return byCategory;
}

std::vector<JudgedProduct> judgeCatalog(const QuerySpec& query, std::string_view text,
                                        const std::vector<DemoProduct>& products,
                                        const std::vector<std::vector<std::size_t>>& byCategory,
                                        const std::vector<CategorySpec>& catalog, const TitleIndex& titles,
                                        DemoRandom& random, bool wholeCategory)
{
    std::vector<JudgedProduct> judged;
    std::vector<char> isJudged(products.size(), 0);
    std::vector<std::size_t> sameCategoryIrrelevant;
    const bool nearMissesAreFew = query.constraintCount() >= kNearMissConstraints;
    auto judgeAll = [&](std::size_t category) {
        for (const auto i : byCategory[category]) {
            const Esci label = judge(query, products[i], catalog);
            if (label == Esci::Irrelevant) {
                if (category != query.category)
                    continue;
                if (nearMissesAreFew && missedConstraints(query, products[i], catalog) == 2) {
                    isJudged[i] = 1; // a near miss: written as I
                    judged.push_back({i, label});
                } else {
                    sameCategoryIrrelevant.push_back(i);
                }
                continue;
            }
            isJudged[i] = 1;
            judged.push_back({i, label});
        }
    };
    judgeAll(query.category);
    for (const auto& name : catalog[query.category].complements)
        judgeAll(static_cast<std::size_t>(findCategory(catalog, name)));

    for (const auto i : titles.top(text, kLexicalHardNegatives, isJudged)) {
        isJudged[i] = 1;
        judged.push_back({i, Esci::Irrelevant});
    }
    addIrrelevant(judged, isJudged, sameCategoryIrrelevant, random.between(2, 5), random);
    std::vector<std::size_t> elsewhere;
    for (std::size_t draw = 0; draw < 8; ++draw) {
        const std::size_t product = random.below(products.size());
        if (products[product].category != query.category)
            elsewhere.push_back(product);
    }
    addIrrelevant(judged, isJudged, elsewhere, random.between(1, 3), random);
    // After every random draw, so that it changes no other query's judgements.
    if (wholeCategory)
        for (const auto i : sameCategoryIrrelevant)
            if (!isJudged[i]) {
                isJudged[i] = 1;
                judged.push_back({i, Esci::Irrelevant});
            }
    std::sort(judged.begin(), judged.end(), byProduct);
    return judged;
}

std::vector<JudgedProduct> samplePool(const std::vector<JudgedProduct>& judged, std::size_t target,
                                      DemoRandom& random)
{
    std::vector<JudgedProduct> byLabel[4];
    for (const auto& product : judged)
        if (product.product != target)
            byLabel[static_cast<int>(product.label)].push_back(product);
    std::vector<JudgedProduct> pool{{target, Esci::Exact}};
    auto take = [&](Esci label, std::size_t count) {
        for (const auto& product : random.sample(byLabel[static_cast<int>(label)], count))
            pool.push_back(product);
    };
    take(Esci::Exact, random.between(2, 10)); // most ESCI judgements are Exact
    take(Esci::Substitute, random.between(2, 8));
    take(Esci::Complement, random.between(1, 4));
    take(Esci::Irrelevant, random.between(2, 5));
    std::sort(pool.begin(), pool.end(), byProduct);
    return pool;
}

} // namespace near2::demo
