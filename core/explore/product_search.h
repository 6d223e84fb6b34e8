#pragma once
// Finding a product in the current ranking or the catalog by its id or title words, with its rank at the
// current and the reference dim (from the listings, else exactly from the embeddings:
// core/explore/rank_table.h). Works the same for a stored run's query and an ad-hoc query (give its listings
// and vector).
#include "core/data/dataset.h"
#include "core/explore/rank_table.h"
#include "core/store/project_data.h"

#include <string>
#include <string_view>

namespace near2::explore {

// An index of product ids and normalised titles (lower-cased, accents stripped, BERT basic tokenizer words).
// Build once per catalog (≈ one tokenizer pass over the titles); immutable, so any thread may search.
class ProductFinder
{
public:
    ProductFinder() = default;
    ProductFinder(std::vector<std::int32_t> rows, std::vector<std::string> ids,
                  const std::vector<std::string>& titles);
    static ProductFinder ofCatalog(const std::vector<Record>& catalog); // row = position
    static ProductFinder ofProducts(const std::map<std::int32_t, ProductRecord>& products);

    struct Matches
    {
        std::vector<std::int32_t> byId;    // the id equals `text` (trimmed)
        std::vector<std::int32_t> byTitle; // for every word of `text` the title has a word starting with it
    };
    // Each list in row order; a product matched by id is not repeated by title. At most `limit` rows each.
    Matches find(std::string_view text, std::size_t limit) const;
    std::size_t size() const { return m_rows.size(); }

private:
    std::vector<std::int32_t> m_rows;
    std::vector<std::string> m_ids;
    std::vector<std::string> m_words; // " word word …" per product
};

struct ProductSearchHit
{
    std::int32_t row = -1;
    bool idMatch = false;
    RankAt current, reference;
};

struct ProductSearch
{
    int dim = 0, referenceDim = 0;
    std::vector<ProductSearchHit>
        hits;                      // id matches, then products of the current listing by rank, then the rest
    std::vector<int> computedDims; // where the catalog was scanned for ranks
    bool exactScores = false;
};

// `finder` decides where to look: the catalog (ProductFinder::ofCatalog) or the ranking's products only
// (ofProducts). `limit` bounds the hits before their ranks are computed.
ProductSearch searchProducts(const ProductFinder& finder, std::string_view text, const ListedRanking& current,
                             const ListedRanking& reference, const ExactCatalog& exact,
                             std::size_t limit = 20, const JobControl& job = {});

} // namespace near2::explore
