#pragma once
// Products of the demo shop in structured form (category, product line, model number, attribute values)
// and their rendering as catalog records (title, description, attributes).
#include "core/data/dataset.h"
#include "core/demo/catalog.h"
#include "core/demo/demo_random.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2::demo {

struct DemoProduct
{
    std::size_t category = 0;        // index in the catalog
    std::size_t line = 0;            // index in the category's lines
    std::string model;               // model number, shared by the listings of one model
    std::vector<std::size_t> values; // value index for each attribute of the category
};

// `count` products spread over the categories by weight (every category gets at least one when
// count allows), in shuffled order. Listings of one model share its per-model attributes.
std::vector<DemoProduct> generateProducts(std::size_t count, const std::vector<CategorySpec>& catalog,
                                          DemoRandom& random);

// The catalog record of `product`: title, description and attributes (category, brand, line, model,
// then every attribute with a displayed value).
Record renderProduct(const DemoProduct& product, const std::vector<CategorySpec>& catalog, std::string id,
                     DemoRandom& random);

// A model number from a pattern: '#' a digit, '@' a capital letter, anything else literal.
std::string expandModelPattern(const std::string& pattern, DemoRandom& random);

} // namespace near2::demo
