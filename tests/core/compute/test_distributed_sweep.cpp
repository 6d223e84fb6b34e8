// The reduction of an MPI job's sweep (core/cluster/distributed_sweep.h), in one process: the catalog swept
// in consecutive slices, the lists numbered in the whole catalog, sent as bytes and merged, equal the whole
// catalog's sweep bit for bit (documents and scores), ties across slices included, also where a slice holds
// fewer products than k.
#include "core/cluster/distributed_sweep.h"
#include "core/cluster/process_group.h"
#include "tests/core/compute/test_sweep_support.h"

#include <gtest/gtest.h>
#include <numeric>
#include <random>

using namespace near2;

namespace {

constexpr std::size_t kTile = 64;

// Random rows with exact duplicates spread over the catalog (ties that fall into different slices). A copy
// sits at its original's place in another tile: a matrix product's rounding may depend on the column's place
// in the tile (BLAS kernels treat a tile's edges apart), so only there are the scores certain to be equal.
EmbeddingMatrix catalogWithDuplicates(std::size_t rows, std::size_t dim)
{
    const EmbeddingMatrix random = randomMatrix(rows, dim, 7);
    std::vector<float> values(random.data(), random.data() + rows * dim);
    const std::size_t middle = rows / 2 / kTile * kTile, end = (rows - 40) / kTile * kTile;
    for (std::size_t copy = 0; copy < 40; ++copy)
        for (const std::size_t target : {middle + copy, end + copy})
            std::copy_n(values.begin() + static_cast<std::ptrdiff_t>(copy * dim), dim,
                        values.begin() + static_cast<std::ptrdiff_t>(target * dim));
    return EmbeddingMatrix(std::move(values), rows, dim);
}

// Tie ranks in no particular relation to row order (as product ids are).
std::vector<std::uint32_t> shuffledTieRanks(std::size_t rows)
{
    std::vector<std::uint32_t> ranks(rows);
    std::iota(ranks.begin(), ranks.end(), 0u);
    std::shuffle(ranks.begin(), ranks.end(), std::mt19937(11));
    return ranks;
}

// What rank 0 gets from `ranks` ranks: each slice swept alone, renumbered, serialised, merged.
SweepResult sweptInSlices(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                          const std::vector<std::uint32_t>& tieRanks, const SweepOptions& options, int ranks)
{
    std::vector<SweepResult> slices;
    for (int rank = 0; rank < ranks; ++rank) {
        const auto slice = cluster::sliceOf(corpus.rows(), rank, ranks, sweepTileRows(options));
        SweepResult local = sweepTopK(queries, corpus.rowRange(slice.first, slice.count),
                                      std::span(tieRanks).subspan(slice.first, slice.count), options);
        for (auto& lists : local.perDim)
            for (auto& doc : lists.docs)
                if (doc >= 0)
                    doc += static_cast<std::int32_t>(slice.first);
        slices.push_back(cluster::deserialise(cluster::serialise(local)));
    }
    return cluster::mergeSliceResults(slices, tieRanks, std::min(options.k, corpus.rows()));
}

class DistributedSweep : public FusedEngines
{
};

} // namespace

TEST(DistributedSlices, SlicesCoverTheRowsInOrderInWholeUnits)
{
    for (const std::size_t unit : {1u, 64u})
        for (const std::size_t rows : {0u, 1u, 5u, 1000u, 1001u})
            for (const int ranks : {1, 2, 3, 7}) {
                const std::size_t units = (rows + unit - 1) / unit;
                std::size_t next = 0;
                for (int rank = 0; rank < ranks; ++rank) {
                    const auto slice = cluster::sliceOf(rows, rank, ranks, unit);
                    EXPECT_EQ(slice.first, next);
                    EXPECT_TRUE(slice.first % unit == 0 || slice.count == 0);
                    EXPECT_LE(slice.count, (units / static_cast<std::size_t>(ranks) + 1) * unit);
                    EXPECT_GE(slice.count + unit, units / static_cast<std::size_t>(ranks) * unit);
                    next += slice.count;
                }
                EXPECT_EQ(next, rows) << rows << " rows, " << ranks << " ranks of units of " << unit;
            }
}

TEST_P(DistributedSweep, MergedSlicesEqualTheWholeCatalogTiesIncluded)
{
    const EmbeddingMatrix corpus = catalogWithDuplicates(1000, 48);
    const EmbeddingMatrix queries =
        corpus.selectRows(std::vector<std::size_t>{0, 1, 2, 3, 9, 17, 33, 600, 700});
    const auto tieRanks = shuffledTieRanks(corpus.rows());
    for (const std::size_t k : {10u, 200u}) { // 200: more than a slice of 7 (2 or 3 tiles) holds
        SweepOptions options = engineOptions();
        options.dims = {8, 16, 32, 48};
        options.k = k;
        options.docTile = kTile;
        const SweepResult whole = sweepTopK(queries, corpus, tieRanks, options);
        // The duplicates really tie: a query's own row and its copies share its top score.
        EXPECT_EQ(whole.perDim.back().scoresOf(0)[0], whole.perDim.back().scoresOf(0)[2]);
        for (const int ranks : {1, 2, 3, 7}) {
            const SweepResult merged = sweptInSlices(queries, corpus, tieRanks, options, ranks);
            ASSERT_EQ(merged.dims, whole.dims);
            for (std::size_t d = 0; d < whole.dims.size(); ++d) {
                EXPECT_EQ(merged.perDim[d].docs, whole.perDim[d].docs) << ranks << " ranks, k " << k;
                EXPECT_EQ(merged.perDim[d].scores, whole.perDim[d].scores) << ranks << " ranks, k " << k;
            }
        }
    }
}

TEST(DistributedSlices, ASingleProcessIsTheSweepItself)
{
    ASSERT_EQ(cluster::size(), 1);
    const EmbeddingMatrix corpus = catalogWithDuplicates(300, 16);
    const EmbeddingMatrix queries = corpus.selectRows(std::vector<std::size_t>{0, 5});
    const auto tieRanks = shuffledTieRanks(corpus.rows());
    SweepOptions options;
    options.dims = {8, 16};
    options.k = 20;
    const SweepResult direct = sweepTopK(queries, corpus, tieRanks, options);
    const SweepResult viaRanks = cluster::sweepAcrossRanks(queries, corpus, tieRanks, options);
    EXPECT_EQ(viaRanks.perDim[1].docs, direct.perDim[1].docs);
}

NEAR2_FOR_EACH_FUSED_ENGINE(DistributedSweep);
