#include "core/search/kth_largest.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <random>
#include <vector>

using namespace near2;

namespace {

float expectedKth(std::vector<float> values, std::size_t k)
{
    std::sort(values.begin(), values.end(), std::greater<float>());
    return values[k - 1];
}

} // namespace

TEST(KthLargest, MatchesSortingOnRandomTiedAndSortedInputs)
{
    std::mt19937 random(7);
    std::normal_distribution<float> normal;
    std::uniform_int_distribution<int> fewValues(0, 3);
    for (const std::size_t n : {1u, 2u, 17u, 200u, 1024u}) {
        std::vector<float> spread(n), tied(n), ascending(n), equal(n, 0.5f);
        for (std::size_t i = 0; i < n; ++i) {
            spread[i] = normal(random);
            tied[i] = static_cast<float>(fewValues(random));
            ascending[i] = static_cast<float>(i);
        }
        for (const auto* input : {&spread, &tied, &ascending, &equal}) {
            for (const std::size_t k : {std::size_t{1}, (n + 1) / 2, n}) {
                std::vector<float> work = *input;
                EXPECT_EQ(kthLargest(work.data(), n, k), expectedKth(*input, k)) << "n " << n << " k " << k;
                std::sort(work.begin(), work.end());
                std::vector<float> sorted = *input;
                std::sort(sorted.begin(), sorted.end());
                EXPECT_EQ(work, sorted) << "values lost or duplicated";
            }
        }
    }
}

TEST(KthLargest, PartitionKeepsEveryItem)
{
    std::vector<int> values{5, 1, 8, 3, 9, 2, 7};
    int* front =
        partitionWithoutBranches(values.data(), values.data() + values.size(), [](int v) { return v > 4; });
    EXPECT_EQ(front - values.data(), 4);
    EXPECT_TRUE(std::all_of(values.data(), front, [](int v) { return v > 4; }));
    EXPECT_TRUE(std::all_of(front, values.data() + values.size(), [](int v) { return v <= 4; }));
    std::sort(values.begin(), values.end());
    EXPECT_EQ(values, (std::vector<int>{1, 2, 3, 5, 7, 8, 9}));
}
