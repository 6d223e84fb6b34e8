#pragma once
// Which products a demo query gets judgements for, as in a real annotation campaign: a few Exact
// matches (always the product the query was built from), several Substitutes and Complements, and
// Irrelevant hard negatives from the same category plus a couple from elsewhere.
#include "core/demo/catalog.h"
#include "core/demo/demo_product.h"
#include "core/demo/demo_random.h"
#include "core/demo/esci_labels.h"

#include <cstddef>
#include <vector>

namespace near2::demo {

struct JudgedProduct
{
    std::size_t product = 0; // index in the product list
    Esci label = Esci::Irrelevant;
};

// Indices of the products of each category.
std::vector<std::vector<std::size_t>> productsByCategory(const std::vector<DemoProduct>& products,
                                                         std::size_t categories);

// Judgements for `query` built from `products[target]`, sorted by product index.
std::vector<JudgedProduct> selectJudgements(const QuerySpec& query, std::size_t target,
                                            const std::vector<DemoProduct>& products,
                                            const std::vector<std::vector<std::size_t>>& byCategory,
                                            const std::vector<CategorySpec>& catalog, DemoRandom& random);

} // namespace near2::demo
