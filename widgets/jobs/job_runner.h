#pragma once
// One bridge object per long operation (hotspot's perfparser style): started → progress… → result + finished,
// or failed / cancelled. The work runs on the jobs' own thread pool (job_pool.h) through QtConcurrent; its
// result crosses threads as a std::shared_ptr<const T>. Newest request wins: starting again cancels the
// previous job and drops its result (generation counter). Cancel means the result never arrives: cancel()
// raises the job's flag (core loops poll it), drops whatever the job still returns, and emits cancelled() at
// once; a job finishing after its runner is gone does nothing. Progress is polled from shared state every
// 100 ms on the GUI thread, so it is rate-limited and never touches a dead object. Core exceptions become
// readable messages. Results are destroyed on the pool, whoever lets them go last (background_release.h).
#include "core/util/progress.h"
#include "widgets/jobs/background_release.h"
#include "widgets/jobs/delivery_target.h"
#include "widgets/jobs/job_pool.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>

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
    // Raises the running job's flag, drops its result and emits cancelled(); nothing when no job runs.
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
        auto future = QtConcurrent::run(jobPool(), [work = std::move(work), control]() {
            JobOutcome<T> outcome;
            try {
                T value = work(control);
                if constexpr (IsSharedPointer<T>::value) // a result handed on as it is (a catalog, a context)
                    value = releasedInBackground(std::move(value));
                outcome.value = releasedInBackground(std::make_shared<const T>(std::move(value)));
            } catch (...) {
                outcome.error = describeException(std::current_exception());
                outcome.cancelled = outcome.error.isEmpty();
            }
            return outcome;
        });
        // Not then(this, …): Qt 6.4 asserts there that the context still lives when the work ends, and runs
        // the continuation inside then() when the work has already finished. The result is posted instead,
        // through a target the destructor clears.
        future.then([target = m_target, runner = this, generation,
                     deliver = std::move(deliver)](const JobOutcome<T>& outcome) {
            target->post(
                [runner, generation, deliver, outcome] { runner->complete(generation, deliver, outcome); });
        });
    }

private:
    template <typename T>
    void complete(quint64 generation, const std::function<void(std::shared_ptr<const T>)>& deliver,
                  const JobOutcome<T>& outcome)
    {
        if (generation != m_generation)
            return; // superseded or cancelled
        end();
        if (outcome.cancelled)
            Q_EMIT cancelled();
        else if (!outcome.error.isEmpty())
            Q_EMIT failed(outcome.error);
        else {
            deliver(outcome.value);
            if (!m_running) // else `deliver` started the job's next step on this runner
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
    std::shared_ptr<DeliveryTarget> m_target = std::make_shared<DeliveryTarget>(this);
};

} // namespace near2::jobs
