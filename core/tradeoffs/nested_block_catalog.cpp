#include "core/tradeoffs/nested_block_catalog.h"

#include <algorithm>
#include <cmath>
#include <faiss/utils/distances.h>
#include <numeric>
#include <stdexcept>

namespace near2 {

NestedBlockCatalog::NestedBlockCatalog(const EmbeddingMatrix& corpus, std::vector<int> dims)
    : m_dims(std::move(dims)), m_rows(corpus.rows())
{
    int start = 0;
    for (const int dim : m_dims) {
        if (dim <= start || static_cast<std::size_t>(dim) > corpus.dim())
            throw std::invalid_argument("nested block dims must ascend within the corpus dimension");
        const auto width = static_cast<std::size_t>(dim - start);
        auto& block = m_blocks.emplace_back(m_rows * width);
        auto& inverse = m_inverseNorms.emplace_back(m_rows);
        std::vector<float> row(corpus.dim());
        for (std::size_t r = 0; r < m_rows; ++r) {
            corpus.copyFloatRows(r, 1, row.data());
            std::copy(row.begin() + start, row.begin() + dim,
                      block.begin() + static_cast<std::ptrdiff_t>(r * width));
            double squares = 0;
            for (int j = 0; j < dim; ++j)
                squares += static_cast<double>(row[j]) * row[j];
            inverse[r] = squares > 0 ? static_cast<float>(1.0 / std::sqrt(squares)) : 0.0f;
        }
        start = dim;
    }
}

std::size_t NestedBlockCatalog::blockCountFor(int dim) const
{
    const auto found = std::find(m_dims.begin(), m_dims.end(), dim);
    if (found == m_dims.end())
        throw std::invalid_argument("dim is not a block boundary of the nested catalog");
    return static_cast<std::size_t>(found - m_dims.begin()) + 1;
}

void NestedBlockCatalog::scoreAll(const float* query, int dim, float* scores) const
{
    const std::size_t blocks = blockCountFor(dim);
    double squares = 0;
    for (int j = 0; j < dim; ++j)
        squares += static_cast<double>(query[j]) * query[j];
    const float queryScale = squares > 0 ? static_cast<float>(1.0 / std::sqrt(squares)) : 0.0f;
    std::vector<float> partial(m_rows);
    int start = 0;
    for (std::size_t b = 0; b < blocks; ++b) {
        const auto width = static_cast<std::size_t>(m_dims[b] - start);
        float* target = b == 0 ? scores : partial.data();
        faiss::fvec_inner_products_ny(target, query + start, m_blocks[b].data(), width, m_rows);
        if (b > 0)
            for (std::size_t r = 0; r < m_rows; ++r)
                scores[r] += partial[r];
        start = m_dims[b];
    }
    const auto& inverse = m_inverseNorms[blocks - 1];
    for (std::size_t r = 0; r < m_rows; ++r)
        scores[r] *= inverse[r] * queryScale;
}

void NestedBlockCatalog::search(const float* query, int dim, std::size_t k, float* scores,
                                std::int64_t* labels) const
{
    std::vector<float> all(m_rows);
    scoreAll(query, dim, all.data());
    selectTopK(all.data(), m_rows, k, scores, labels);
}

std::size_t NestedBlockCatalog::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const auto& block : m_blocks)
        bytes += block.size() * sizeof(float);
    return bytes + m_dims.size() * m_rows * sizeof(float);
}

void selectTopK(const float* scores, std::size_t n, std::size_t k, float* topScores, std::int64_t* labels)
{
    // A running threshold: most scores fail one comparison, and only survivors enter the buffer.
    std::vector<std::pair<float, std::int64_t>> best;
    best.reserve(2 * k + 1);
    float threshold = -INFINITY;
    const auto byScore = [](const auto& a, const auto& b) { return a.first > b.first; };
    for (std::size_t r = 0; r < n && k > 0; ++r) {
        if (scores[r] < threshold)
            continue;
        best.emplace_back(scores[r], static_cast<std::int64_t>(r));
        if (best.size() == 2 * k) {
            std::nth_element(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(k - 1), best.end(),
                             byScore);
            best.resize(k);
            threshold = best.back().first;
        }
    }
    const std::size_t kept = std::min(k, best.size());
    std::partial_sort(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(kept), best.end(), byScore);
    for (std::size_t i = 0; i < k; ++i) {
        topScores[i] = i < kept ? best[i].first : -INFINITY;
        labels[i] = i < kept ? best[i].second : -1;
    }
}

} // namespace near2
