#include "tests/gui/stall_watchdog.h"

#include <algorithm>
#include <fstream>

namespace near2::test {

namespace {

// Nanoseconds this thread has spent waiting for a CPU while runnable (the scheduler's run queue), from
// /proc/thread-self/schedstat; 0 where the kernel does not say.
std::int64_t runQueueWaitNs()
{
    std::ifstream in("/proc/thread-self/schedstat");
    std::int64_t running = 0, waiting = 0;
    in >> running >> waiting;
    return in ? waiting : 0;
}

} // namespace

StallWatchdog::StallWatchdog()
{
    m_timer.setInterval(5);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void StallWatchdog::start()
{
    m_worstWall = m_worstOwn = 0;
    m_gap.start();
    m_waited = runQueueWaitNs();
    m_timer.start();
}

std::pair<qint64, qint64> StallWatchdog::stop()
{
    tick();
    m_timer.stop();
    return {m_worstWall, m_worstOwn};
}

void StallWatchdog::tick()
{
    const qint64 wall = m_gap.restart();
    const std::int64_t waited = runQueueWaitNs();
    const qint64 own = wall - static_cast<qint64>((waited - m_waited) / 1000000);
    m_waited = waited;
    m_worstWall = std::max(m_worstWall, wall);
    m_worstOwn = std::max(m_worstOwn, own);
}

} // namespace near2::test
