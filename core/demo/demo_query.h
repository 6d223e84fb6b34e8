#pragma once
// Queries of the demo shop, built from a target product (which therefore meets them: every query has an
// Exact match), of the kinds the NEAR² paper singles out:
//   short         1–2 words: "ssd", "samsung ssd", "red thermos", "pegasus";
//   alphanumeric  model numbers and sizes: "sn570 1tb", "rtx4070", "65w", "27in monitor";
//   implicit      a need without the product's words: "keep coffee hot for hours" (a thermos);
//   specific      long, several attributes: "samsung 980 pro 2tb nvme gen4 m.2 ssd".
// Text varies like real queries: synonyms, casing, word order, occasional typos.
#include "core/demo/catalog.h"
#include "core/demo/demo_product.h"
#include "core/demo/demo_random.h"
#include "core/demo/esci_labels.h"
#include "core/query_types/query_type.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace near2::demo {

// The demo generates the first four of NEAR²'s types (short, alphanumeric, implicit, specific), no "other".
using near2::QueryType;
using near2::queryTypeName;

struct DemoQuery
{
    QueryType type = QueryType::Short;
    QuerySpec spec;
    std::string text;
};

DemoQuery generateQuery(QueryType type, const DemoProduct& target, const std::vector<CategorySpec>& catalog,
                        DemoRandom& random);

// Query-text helpers (query_text.cpp).
bool isAlphanumericToken(std::string_view token); // has both a digit and a letter
bool hasAlphanumericToken(std::string_view text); // some whitespace-separated token is alphanumeric
std::size_t wordCount(std::string_view text);
// Casing variants and, now and then, a typo in a word of letters only.
std::string addQueryNoise(std::string text, DemoRandom& random);

} // namespace near2::demo
