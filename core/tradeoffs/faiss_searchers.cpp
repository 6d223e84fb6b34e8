// FAISS indexes for every precision × flat/hnsw/ivfpq cell: binary precisions go to the binary indexes,
// the others to the float ones.
#include "core/search/prefix_norms.h"
#include "core/tradeoffs/faiss_searcher_parts.h"

namespace near2 {

namespace faiss_parts {

std::vector<float> normalizedQueries(const float* queries, std::size_t count, std::size_t rowStride, int dim)
{
    std::vector<float> out(count * static_cast<std::size_t>(dim));
    normalizePrefixes(queries, count, rowStride, dim, out.data());
    return out;
}

} // namespace faiss_parts

std::unique_ptr<CellSearcher> buildFaissSearcher(const CellSpec& spec, const PreparedCatalog& catalog)
{
    if (spec.precision == Precision::Binary || spec.precision == Precision::BinaryRescore)
        return faiss_parts::buildBinarySearcher(spec, catalog);
    return faiss_parts::buildFloatSearcher(spec, catalog);
}

} // namespace near2
