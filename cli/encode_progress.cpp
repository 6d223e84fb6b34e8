#include "cli/encode_progress.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace near2::cli {

std::string formatDuration(double seconds)
{
    const auto whole = static_cast<long long>(std::llround(std::max(0.0, seconds)));
    if (whole < 60)
        return fmt::format("{} s", whole);
    if (whole < 3600)
        return fmt::format("{} min {:02} s", whole / 60, whole % 60);
    return fmt::format("{} h {:02} min", whole / 3600, (whole % 3600) / 60);
}

std::optional<std::string> EncodeProgress::update(std::size_t done, std::size_t total, Clock::time_point now)
{
    if (!m_start) {
        m_start = now;
        m_doneAtStart = done;
    } else if (done < total && m_lastLine && now - *m_lastLine < m_interval) {
        return std::nullopt;
    }
    m_lastLine = now;
    std::string line = fmt::format("near2 encode: {}/{} texts", done, total);
    if (m_doneAtStart > 0)
        line += fmt::format(" ({} from the cache)", m_doneAtStart);
    const double seconds = std::chrono::duration<double>(now - *m_start).count();
    const std::size_t encodedHere = done - std::min(done, m_doneAtStart);
    if (seconds <= 0 || encodedHere == 0)
        return line;
    const double rate = static_cast<double>(encodedHere) / seconds;
    line += fmt::format(", {:.0f} texts/s", rate);
    if (done < total)
        line += ", ETA " + formatDuration(static_cast<double>(total - done) / rate);
    return line;
}

} // namespace near2::cli
