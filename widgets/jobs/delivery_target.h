#pragma once
// Where work finished on another thread goes: a QObject, cleared by its owner before it dies, so that a late
// result or message posts nothing (events already posted to a destroyed object are dropped by Qt).
#include <QMetaObject>
#include <QObject>
#include <mutex>
#include <utility>

namespace near2::jobs {

class DeliveryTarget
{
public:
    explicit DeliveryTarget(QObject* receiver) : m_receiver(receiver) {}

    // Runs `action` on the receiver's thread, unless it was cleared meanwhile. Any thread.
    template <typename Action> void post(Action&& action)
    {
        const std::lock_guard lock(m_mutex);
        if (m_receiver)
            QMetaObject::invokeMethod(m_receiver, std::forward<Action>(action), Qt::QueuedConnection);
    }
    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_receiver = nullptr;
    }

private:
    std::mutex m_mutex;
    QObject* m_receiver;
};

} // namespace near2::jobs
