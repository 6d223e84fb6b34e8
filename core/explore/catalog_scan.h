#pragma once
// Exact prefix cosines of one query against the whole catalog at several dims in one pass, in double
// precision (core/explore/prefix_math.h): the ranks of a few target products at each dim, and the best
// product outside a set. The explorer computes with it where a stored run's top-k lists do not reach.
// Reads each row's first max(dims) components once (≈ 4·dim bytes per product) on `threads` threads.
#include "core/embed/embedding_matrix.h"
#include "core/util/progress.h"

#include <cstdint>
#include <span>
#include <unordered_set>
#include <vector>

namespace near2::explore {

// What exact scores are computed from. Products are ordered by score, higher first; equal scores put the
// higher tie rank first (trec_eval: the larger document id), or without tie ranks the lower row.
struct ExactCatalog
{
    const EmbeddingMatrix* corpus =
        nullptr;                  // one row per catalog row; null: no embeddings (stored lists only)
    std::span<const float> query; // the query's embedding, full dim
    std::span<const std::uint32_t> tieRanks; // per catalog row (EvaluationPlan::tieRanks), or empty
    unsigned threads = 0;                    // 0: every hardware thread

    bool available() const { return corpus != nullptr && !corpus->empty() && !query.empty(); }
    // The cosine of the query's and `row`'s prefixes at each of `dims`, exactly as the scan computes it.
    std::vector<double> scores(std::int32_t row, std::span<const int> dims) const;
    // Whether `a` ranks above `b` given their scores.
    bool ranksAbove(std::int32_t a, double scoreA, std::int32_t b, double scoreB) const;
};

struct CatalogScan
{
    std::vector<int> dims;
    std::vector<std::vector<double>> targetScores;     // [target][dim]
    std::vector<std::vector<std::size_t>> targetRanks; // [target][dim], 1-based
    std::vector<std::int32_t> bestOtherRow;            // [dim]: the best row not excluded; -1 when none
    std::vector<double> bestOtherScore;                // [dim]
};

// `dims` ascend within 1..the catalog's dim; the query has the catalog's dim (std::invalid_argument
// otherwise, and without embeddings). Throws CancelledError when `job` is cancelled.
CatalogScan scanCatalog(const ExactCatalog& catalog, std::span<const int> dims,
                        std::span<const std::int32_t> targets,
                        const std::unordered_set<std::int32_t>& excluded, const JobControl& job = {});

} // namespace near2::explore
