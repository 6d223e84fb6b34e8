// FAISS's training warnings, worked out with the cell (issue 16): k-means wants 39 points per centroid.
#include "core/tradeoffs/training_warnings.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

TEST(TrainingWarnings, TooFewPointsForTheQuantizers)
{
    CellSpec spec;
    spec.dim = 64;
    spec.precision = Precision::ProductQuantized;
    spec.index = IndexKind::IvfPq;
    spec.ivfpq = {32, 8, 16, 8};
    // 1,000 products: 32 lists want 1,248 points, 256 PQ centroids 9,984.
    const auto few = trainingWarnings(spec, 1000);
    ASSERT_EQ(few.size(), 2u);
    EXPECT_EQ(few[0], "IVF lists: 1000 training points for 32 centroids (FAISS wants at least 1248)");
    EXPECT_EQ(few[1], "PQ sub-quantizer: 1000 training points for 256 centroids (FAISS wants at least 9984)");
    EXPECT_EQ(trainingWarnings(spec, 9984).size(), 0u);
    EXPECT_EQ(trainingWarnings(spec, 9983).size(), 1u);
    spec.index = IndexKind::Hnsw; // trains nothing
    spec.precision = Precision::Fp32;
    EXPECT_TRUE(trainingWarnings(spec, 10).empty());
}

} // namespace
} // namespace near2
