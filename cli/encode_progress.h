#pragma once
// near2 encode's progress on stderr: "done/total texts, texts/s, ETA". The rate counts only the texts this
// run has encoded: a resumed run's first report already counts the rows found in the cache, which took no
// time here.
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace near2::cli {

class EncodeProgress
{
public:
    using Clock = std::chrono::steady_clock;
    explicit EncodeProgress(Clock::duration interval = std::chrono::milliseconds(500)) : m_interval(interval)
    {
    }

    // The line for this report, or nothing while the last line is younger than the interval; the first report
    // and the last one (done == total) always give a line.
    std::optional<std::string> update(std::size_t done, std::size_t total, Clock::time_point now);

private:
    Clock::duration m_interval;
    std::optional<Clock::time_point> m_start, m_lastLine;
    std::size_t m_doneAtStart = 0;
};

// "42 s", "3 min 05 s", "2 h 07 min".
std::string formatDuration(double seconds);

} // namespace near2::cli
