#pragma once
// A deterministic classifier of search queries into NEAR²'s types, for catalogs whose queries carry none.
// The rules, in order (the first that holds wins; docs/query-types.md explains and measures them):
//   implicit      a need, use or problem instead of a product: a cue of natural language ("how", "my", "i",
//                 "something", "best way to", "through", "without"…), or three or more content words of which
//                 fewer than half occur in the catalog's titles ("keep coffee hot for hours");
//   specific      at least three attribute groups besides the product-type words ("samsung 980 pro 2tb nvme
//                 ssd": samsung 980 · pro · 2tb · nvme); a group is a word, a word with its number ("iphone
//                 15"), a measure ("16 gb", "15 in x 61 in"), or two words that go together in titles;
//   alphanumeric  a word with a digit: model numbers, sizes, "xbox 360", "16 gb memory card", "2x4", "16oz";
//   short         one or two words;
//   other         the rest: three or more words naming a product with at most two attributes.
// Misspellings are matched to the catalog's words (one edit) and never make a query implicit by themselves.
#include "core/data/dataset.h"
#include "core/query_types/catalog_vocabulary.h"
#include "core/query_types/query_type.h"

#include <string_view>
#include <vector>

namespace near2 {

class QueryTypeClassifier
{
public:
    explicit QueryTypeClassifier(const std::vector<Record>& corpus) : m_vocabulary(corpus) {}
    explicit QueryTypeClassifier(CatalogVocabulary vocabulary) : m_vocabulary(std::move(vocabulary)) {}

    QueryType classify(std::string_view query) const;

    const CatalogVocabulary& vocabulary() const { return m_vocabulary; }

private:
    CatalogVocabulary m_vocabulary;
};

} // namespace near2
