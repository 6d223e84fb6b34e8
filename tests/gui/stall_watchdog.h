#pragma once
// The longest gap between the ticks of a 5 ms timer on the GUI thread: as the clock on the wall sees it, and
// less the time the thread only waited for a CPU that other processes held (the suite runs two tests at a
// time on shared machines). What remains is the GUI thread working or blocked (I/O, a lock, a busy pool),
// which is what must stay short.
#include <QElapsedTimer>
#include <QTimer>
#include <cstdint>
#include <utility>

namespace near2::test {

class StallWatchdog
{
public:
    StallWatchdog();
    void start();
    // {wall, own} in ms
    std::pair<qint64, qint64> stop();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_gap;
    std::int64_t m_waited = 0;
    qint64 m_worstWall = 0, m_worstOwn = 0;
};

} // namespace near2::test
