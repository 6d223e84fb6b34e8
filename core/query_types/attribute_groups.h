#pragma once
// Counting the attributes a query names besides its product type, for the "specific" rule of the query-type
// classifier. A group is one attribute however many words it takes:
//  - a measure: a number with its units and dimensions: "16 gb", "2 1/2", "15 inch x 61 inch", "6'";
//  - a word with the number that follows it ("iphone 4", "size 10") or with a token it precedes in the
//    catalog's titles ("galaxy s23");
//  - two words that follow each other in titles ("lawn mower", "wooster shortcut") or that the titles write
//    as one ("leak proof": "Leak-Proof");
//  - any other word. In a query naming no product-type word, the last word the titles lack (after typo
//    matching) is taken for the product type in the shopper's words ("vacuum flask").
// Product-type words (and up to two words before them that precede them in titles: "cordless drill",
// "kitchen sink faucet") and stop words ("for", "with", "and"…) are no attribute.
#include "core/query_types/catalog_vocabulary.h"
#include "core/query_types/query_words.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

std::size_t attributeGroups(const std::vector<QueryWord>& words, const CatalogVocabulary& vocabulary);

// "a", "an", "and", "the", "for", "with", "of", "to", "in", "on", "or", "by", "x", "w".
bool isStopWord(const std::string& word);

} // namespace near2
