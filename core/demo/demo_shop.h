#pragma once
// The demo shop: a deterministic, synthetic product-search dataset (catalog, typed queries, ESCI
// judgements) so the workbench runs on a fresh machine with nothing downloaded. Not real data.
// See docs/demo-shop.md for what it models.
#include "core/data/dataset.h"

#include <cstddef>
#include <cstdint>

namespace near2 {

struct DemoShopOptions
{
    std::uint64_t seed = 42;
    std::size_t products = 20000; // at least 50
    std::size_t queries = 2000;   // at least 10
    double testShare = 0.3;       // share of queries in qrels "test"; the rest in "train"
};

// Corpus records (id, title, text; attributes category, brand, line, model and product attributes),
// queries (id, text; attribute "type": short, alphanumeric, implicit or specific) and the splits
// "train" and "test" (disjoint by query) with labels "E", "S", "C", "I". Same options → same dataset.
// Throws InputError for sizes out of range.
Dataset generateDemoShop(const DemoShopOptions& options);

// Throws InputError when `options` are out of range (names the option).
void validateDemoShopOptions(const DemoShopOptions& options);

} // namespace near2
