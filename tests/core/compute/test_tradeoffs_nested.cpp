// The nested block layout scores like a flat search on the truncated, re-normalised vectors.
#include "core/search/faiss_per_dim.h"
#include "core/tradeoffs/nested_block_catalog.h"

#include <gtest/gtest.h>
#include <random>

using namespace near2;

TEST(NestedBlockCatalog, ScoresEqualCosineOfPrefixes)
{
    std::mt19937 generator(3);
    std::normal_distribution<float> normal;
    std::vector<float> values(500 * 48), query(48);
    for (auto& v : values)
        v = normal(generator);
    for (auto& v : query)
        v = normal(generator);
    const EmbeddingMatrix corpus(values, 500, 48);
    const NestedBlockCatalog nested(corpus, {8, 24, 48});
    EXPECT_EQ(nested.memoryBytes(), 500u * 48 * 4 + 3u * 500 * 4);
    for (const int dim : {8, 24, 48}) {
        const auto unit = truncateAndNormalize(corpus, dim);
        const auto needle = truncateAndNormalize(EmbeddingMatrix(query, 1, 48), dim);
        std::vector<float> scores(500);
        nested.scoreAll(query.data(), dim, scores.data());
        for (std::size_t r = 0; r < 500; ++r) {
            float expected = 0;
            for (int j = 0; j < dim; ++j)
                expected += needle[static_cast<std::size_t>(j)] *
                            unit[r * static_cast<std::size_t>(dim) + static_cast<std::size_t>(j)];
            ASSERT_NEAR(scores[r], expected, 1e-5) << "dim " << dim << " row " << r;
        }
        std::vector<float> top(5);
        std::vector<std::int64_t> labels(5);
        nested.search(query.data(), dim, 5, top.data(), labels.data());
        const auto best = std::max_element(scores.begin(), scores.end()) - scores.begin();
        EXPECT_EQ(labels[0], best);
        EXPECT_TRUE(std::is_sorted(top.begin(), top.end(), std::greater<>()));
    }
    EXPECT_THROW(nested.scoreAll(query.data(), 16, std::vector<float>(500).data()), std::invalid_argument);
}
