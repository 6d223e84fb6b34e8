#pragma once
// The k best documents of every query at one dimension, best first. Documents are corpus row positions;
// rows with fewer than k results are padded with -1 (score -inf).
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace near2 {

struct TopKLists
{
    std::size_t queries = 0;
    std::size_t k = 0;
    std::vector<std::int32_t> docs; // [query * k + rank]
    std::vector<float> scores;      // cosine similarity, same layout

    TopKLists() = default;
    TopKLists(std::size_t queryCount, std::size_t depth)
        : queries(queryCount), k(depth), docs(queryCount * depth, -1), scores(queryCount * depth, -1e30f)
    {
    }
    std::span<const std::int32_t> docsOf(std::size_t query) const { return {docs.data() + query * k, k}; }
    std::span<const float> scoresOf(std::size_t query) const { return {scores.data() + query * k, k}; }
};

// Results of a sweep: one TopKLists per dimension, in the order of `dims`.
struct SweepResult
{
    std::vector<int> dims;
    std::vector<TopKLists> perDim;
};

// A result for `queries` queries at every dim of `dims` with every list still padded, to be filled in.
inline SweepResult paddedSweepResult(const std::vector<int>& dims, std::size_t queries, std::size_t k)
{
    return {dims, std::vector<TopKLists>(dims.size(), TopKLists(queries, k))};
}

} // namespace near2
