#pragma once
// What a demo query asks for, and the rules that label a product for it (ESCI):
//   Exact       the query's category, meeting every constraint;
//   Substitute  the query's category, missing exactly one constraint;
//   Complement  a complementary category (a case for the phone, a cable for the monitor) that fits
//               (a phone case must fit the phone line the query names, if it names one; a monitor's cable
//               must be HDMI or DisplayPort);
//   Irrelevant  anything else: the query's category missing two or more constraints, other categories.
#include "core/demo/catalog.h"
#include "core/demo/demo_product.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace near2::demo {

enum class Esci { Exact, Substitute, Complement, Irrelevant };

// "E", "S", "C" or "I".
const char* esciCode(Esci label);

// The constraints of a query. Empty / -1: unconstrained. A model number pins its product line too, so a
// query naming a model sets both `model` and `line` (another model of the same line misses one).
struct QuerySpec
{
    std::size_t category = 0;
    std::string brand; // display form
    long line = -1;    // index in the category's lines
    std::string model;
    std::vector<std::pair<std::size_t, std::size_t>> attributes; // (attribute, value) indices

    std::size_t constraintCount() const;
};

// How many of `query`'s constraints `product` misses (its category is not one of them).
std::size_t missedConstraints(const QuerySpec& query, const DemoProduct& product,
                              const std::vector<CategorySpec>& catalog);

// Whether `product` of a complementary category fits what the query names ("fits" a phone line) and the
// categories' ComplementFit restrictions (a monitor goes with HDMI and DisplayPort cables only).
bool fitsTogether(const QuerySpec& query, const DemoProduct& product,
                  const std::vector<CategorySpec>& catalog);

Esci judge(const QuerySpec& query, const DemoProduct& product, const std::vector<CategorySpec>& catalog);

} // namespace near2::demo
