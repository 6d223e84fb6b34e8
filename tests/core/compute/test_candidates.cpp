#include "core/search/candidates.h"

#include <gtest/gtest.h>
#include <vector>

using namespace near2;

TEST(CandidateBuffer, ShrinkingKeepsTheBestKWithTiesToTheHigherTieRank)
{
    const std::size_t k = 3;
    std::vector<Candidate> storage(CandidateBuffer::capacity(k));
    CandidateBuffer::State state;
    CandidateBuffer buffer(storage.data(), &state, k);
    // Scores 0.5 (tie ranks 0..4) and 0.9 (tie rank 9), 0.1 (tie rank 8): the best 3 are 0.9 then the two
    // 0.5s with the highest tie ranks. 7 adds into room for 6 force a shrink with ties at the k-th score.
    const std::vector<Candidate> added{{0.5f, 0, 0}, {0.9f, 9, 1}, {0.5f, 3, 2}, {0.1f, 8, 3},
                                       {0.5f, 1, 4}, {0.5f, 4, 5}, {0.5f, 2, 6}};
    for (const Candidate& candidate : added)
        if (candidate.score >= buffer.threshold())
            buffer.add(candidate);
    EXPECT_EQ(buffer.threshold(), 0.5f);
    std::vector<Candidate> items(buffer.items().begin(), buffer.items().end());
    std::vector<std::int32_t> docs(k, -1);
    std::vector<float> scores(k);
    writeBest(items, k, docs.data(), scores.data());
    EXPECT_EQ(docs, (std::vector<std::int32_t>{1, 5, 2}));
}
