#include "tests/gui/stall_watchdog.h"

#include <QCoreApplication>
#include <QEvent>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <vector>

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

// STALL_TRACE=1: prints, for each gap over 30 ms, the events delivered in it and the time to the next one,
// so the handler that held the thread can be named; with the receiver's parents up to the page.
class EventTrace final : public QObject
{
public:
    struct Entry
    {
        qint64 at;
        QString receiver;
        int type;
    };
    // STALL_TRACE=2 lists every event of a gap, 1 those followed by 2 ms or more.
    EventTrace() : m_shortest(qEnvironmentVariableIntValue("STALL_TRACE") >= 2 ? 0 : 2000)
    {
        m_clock.start();
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        m_entries.push_back(
            {m_clock.nsecsElapsed() / 1000, describe(watched), static_cast<int>(event->type())});
        return false;
    }
    void report(qint64 gapMs)
    {
        const qint64 now = m_clock.nsecsElapsed() / 1000, from = now - gapMs * 1000;
        // The CLOCK_MONOTONIC span lets a `perf record -k CLOCK_MONOTONIC` of the run name the work in it.
        timespec end{};
        clock_gettime(CLOCK_MONOTONIC, &end);
        const double endS = static_cast<double>(end.tv_sec) + static_cast<double>(end.tv_nsec) / 1e9;
        std::fprintf(stderr, "gap %lld ms (monotonic %.4f to %.4f s):\n", static_cast<long long>(gapMs),
                     endS - static_cast<double>(gapMs) / 1e3, endS);
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].at < from)
                continue;
            const qint64 next = i + 1 < m_entries.size() ? m_entries[i + 1].at : now;
            if (next - m_entries[i].at >= m_shortest)
                std::fprintf(stderr, "  %6.1f ms after %s event %d\n", (next - m_entries[i].at) / 1000.0,
                             qPrintable(m_entries[i].receiver), m_entries[i].type);
        }
        m_entries.clear();
    }
    void clear() { m_entries.clear(); }

private:
    // The receiver's class and name, then its parents' up to the page that holds it.
    static QString describe(QObject* object)
    {
        QString text;
        for (int depth = 0; object && depth < 4; ++depth, object = object->parent()) {
            if (depth)
                text += QStringLiteral(" < ");
            text += QString::fromLatin1(object->metaObject()->className());
            if (!object->objectName().isEmpty())
                text += QLatin1Char('#') + object->objectName();
        }
        return text;
    }

    QElapsedTimer m_clock;
    qint64 m_shortest; // µs
    std::vector<Entry> m_entries;
};

EventTrace* eventTrace()
{
    static EventTrace* trace = [] {
        if (qEnvironmentVariableIntValue("STALL_TRACE") == 0)
            return static_cast<EventTrace*>(nullptr);
        auto* t = new EventTrace;
        QCoreApplication::instance()->installEventFilter(t);
        return t;
    }();
    return trace;
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
    if (auto* trace = eventTrace()) {
        if (wall > 30)
            trace->report(wall);
        else
            trace->clear();
    }
    m_worstWall = std::max(m_worstWall, wall);
    m_worstOwn = std::max(m_worstOwn, own);
}

} // namespace near2::test
