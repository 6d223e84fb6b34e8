#pragma once
// One bridge object per long operation (hotspot's perfparser style): started → progress… → result + finished,
// or failed / cancelled. The work runs on QThreadPool through QtConcurrent; its result crosses threads as a
// std::shared_ptr<const T>. Newest request wins: starting again cancels the previous job and drops its
// result (generation counter); a job finishing after its runner is gone does nothing. Progress is polled from
// shared atomics every 100 ms on the GUI thread, so it is rate-limited and never touches a dead object. Core
// exceptions become readable messages.
#include "core/util/progress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <mutex>

namespace near2::jobs {

// State shared by the GUI thread and one worker.
struct JobState;

// What a worker hands back: a value, or an error message, or "cancelled".
template <typename T> struct JobOutcome
{
    std::shared_ptr<const T> value;
    QString error;
    bool cancelled = false;
};

// Runs `work` and turns core exceptions into an outcome (InputError → "file:line: message").
QString describeException(std::exception_ptr error);

class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    bool isRunning() const { return m_running; }
    void cancel();

Q_SIGNALS:
    void started(const QString& what);
    void progress(const QString& stage, int percent, int secondsLeft); // secondsLeft < 0: unknown
    void finished();
    void failed(const QString& message);
    void cancelled();

public:
    // Starts `work(control)` on the thread pool; `deliver` runs on this object's thread with the result,
    // unless a newer job started meanwhile.
    template <typename T>
    void launch(const QString& what, std::function<T(const JobControl&)> work,
                std::function<void(std::shared_ptr<const T>)> deliver)
    {
        const auto [generation, control] = begin(what);
        auto future = QtConcurrent::run([work = std::move(work), control]() {
            JobOutcome<T> outcome;
            try {
                outcome.value = std::make_shared<const T>(work(control));
            } catch (...) {
                outcome.error = describeException(std::current_exception());
                outcome.cancelled = outcome.error.isEmpty();
            }
            return outcome;
        });
        // Not then(this, …): Qt 6.4 asserts there that the context still lives when the work ends, and runs
        // the continuation inside then() when the work has already finished. The result is posted instead,
        // under the lock that the destructor takes to clear the target.
        future.then(
            [target = m_target, generation, deliver = std::move(deliver)](const JobOutcome<T>& outcome) {
                const std::lock_guard lock(target->mutex);
                if (JobRunner* runner = target->runner)
                    QMetaObject::invokeMethod(
                        runner,
                        [runner, generation, deliver, outcome] {
                            runner->complete(generation, deliver, outcome);
                        },
                        Qt::QueuedConnection);
            });
    }

private:
    // Where results go; cleared by the destructor, so a job ending after its runner (window, project) is gone
    // delivers nothing. (Events already posted to a destroyed runner are dropped by Qt.)
    struct DeliveryTarget
    {
        std::mutex mutex;
        JobRunner* runner = nullptr;
    };

    template <typename T>
    void complete(quint64 generation, const std::function<void(std::shared_ptr<const T>)>& deliver,
                  const JobOutcome<T>& outcome)
    {
        if (generation != m_generation)
            return; // superseded
        end();
        if (outcome.cancelled)
            Q_EMIT cancelled();
        else if (!outcome.error.isEmpty())
            Q_EMIT failed(outcome.error);
        else {
            deliver(outcome.value);
            Q_EMIT finished();
        }
    }

    std::pair<quint64, JobControl> begin(const QString& what);
    void end();
    void pollProgress();

    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<JobState> m_state;
    QTimer m_poll;
    QElapsedTimer m_clock;
    std::shared_ptr<DeliveryTarget> m_target = std::make_shared<DeliveryTarget>();
};

} // namespace near2::jobs
