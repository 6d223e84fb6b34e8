#pragma once
// The judgements of a demo query. The generator knows every product's attributes, so it judges the whole
// catalog: every product that is Exact, Substitute or Complement for the query is labelled, and Irrelevant
// is everything else, of which a sample is written explicitly as I (the hard negatives a lexical ranker puts
// first, plus a few drawn at random). A training sample of them, the size of a real annotation pool, is
// what the demo model trains on.
#include "core/demo/catalog.h"
#include "core/demo/demo_product.h"
#include "core/demo/demo_random.h"
#include "core/demo/esci_labels.h"
#include "core/demo/title_index.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace near2::demo {

struct JudgedProduct
{
    std::size_t product = 0; // index in the product list
    Esci label = Esci::Irrelevant;
};

// How many Irrelevant products of the lexical ranker's top results each query gets as explicit I.
inline constexpr std::size_t kLexicalHardNegatives = 20;
// From this many constraints on, a query's near misses (its category, two constraints missed) are few
// enough to be written as I all.
inline constexpr std::size_t kNearMissConstraints = 3;

// Indices of the products of each category.
std::vector<std::vector<std::size_t>> productsByCategory(const std::vector<DemoProduct>& products,
                                                         std::size_t categories);

// Every E, S and C product for `query` (whose text is `text`), and the explicit I sample: the near misses
// (for queries of kNearMissConstraints constraints or more), the kLexicalHardNegatives irrelevant products
// `titles` ranks first for `text`, 2–5 more of the query's category and 1–3 of other categories at random;
// with `wholeCategory` (test queries), then every other product of the query's category as well, after every
// random draw (so that it changes no other query's judgements). Sorted by product index.
std::vector<JudgedProduct> judgeCatalog(const QuerySpec& query, std::string_view text,
                                        const std::vector<DemoProduct>& products,
                                        const std::vector<std::vector<std::size_t>>& byCategory,
                                        const std::vector<CategorySpec>& catalog, const TitleIndex& titles,
                                        DemoRandom& random, bool wholeCategory = false);

// A sample of `judged` the size of an annotation pool: `target` (Exact) and 2–10 more Exact products, 2–8
// Substitutes, up to 4 Complements and 2–5 Irrelevant ones. Sorted by product index.
std::vector<JudgedProduct> samplePool(const std::vector<JudgedProduct>& judged, std::size_t target,
                                      DemoRandom& random);

} // namespace near2::demo
