// near2 encode's progress line: the rate and ETA from the texts this run encoded, the rate limit, the last
// line.
#include "cli/encode_progress.h"

#include <gtest/gtest.h>

namespace near2::cli {
namespace {

using namespace std::chrono_literals;
const EncodeProgress::Clock::time_point t0{};

TEST(EncodeProgress, RateAndEtaFromTheTextsEncodedSoFar)
{
    EncodeProgress progress;
    EXPECT_EQ(progress.update(0, 1000, t0), "near2 encode: 0/1000 texts");
    // 250 texts in 5 s: 50 texts/s, 750 left → 15 s.
    EXPECT_EQ(progress.update(250, 1000, t0 + 5s), "near2 encode: 250/1000 texts, 50 texts/s, ETA 15 s");
    EXPECT_EQ(progress.update(1000, 1000, t0 + 20s), "near2 encode: 1000/1000 texts, 50 texts/s");
}

TEST(EncodeProgress, AResumedRunCountsOnlyWhatItEncodes)
{
    EncodeProgress progress;
    EXPECT_EQ(progress.update(600, 1000, t0), "near2 encode: 600/1000 texts (600 from the cache)");
    // 100 encoded here in 10 s: 10 texts/s (not 70), 300 left → 30 s.
    EXPECT_EQ(progress.update(700, 1000, t0 + 10s),
              "near2 encode: 700/1000 texts (600 from the cache), 10 texts/s, ETA 30 s");
}

TEST(EncodeProgress, LinesAreRateLimitedButTheLastAlwaysComes)
{
    EncodeProgress progress(500ms);
    ASSERT_TRUE(progress.update(0, 100, t0));
    ASSERT_TRUE(progress.update(10, 100, t0 + 600ms));
    EXPECT_FALSE(progress.update(20, 100, t0 + 900ms));
    EXPECT_TRUE(progress.update(30, 100, t0 + 1100ms));
    EXPECT_TRUE(progress.update(100, 100, t0 + 1200ms));
}

TEST(EncodeProgress, LongEtasReadInMinutesAndHours)
{
    EXPECT_EQ(formatDuration(0.4), "0 s");
    EXPECT_EQ(formatDuration(59.4), "59 s");
    EXPECT_EQ(formatDuration(185), "3 min 05 s");
    EXPECT_EQ(formatDuration(7620), "2 h 07 min");
    EncodeProgress progress;
    progress.update(0, 1'000'000, t0);
    EXPECT_EQ(progress.update(1000, 1'000'000, t0 + 10s),
              "near2 encode: 1000/1000000 texts, 100 texts/s, ETA 2 h 46 min");
}

} // namespace
} // namespace near2::cli
