#include "widgets/jobs/job_runner.h"

#include "core/util/error.h"
#include "widgets/error_text.h"

#include <QCoreApplication>
#include <mutex>

namespace near2::jobs {

struct JobState
{
    CancelToken cancel;
    std::mutex mutex;
    std::string stage;
    std::int64_t done = 0;
    std::int64_t total = 0;
};

QString describeException(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const CancelledError&) {
        return {};
    } catch (const InputError& input) {
        return widgets::inputErrorText(input);
    } catch (const std::exception& other) {
        return QCoreApplication::translate("JobRunner", "Internal error: %1")
            .arg(QString::fromUtf8(other.what()));
    } catch (...) {
        return QCoreApplication::translate("JobRunner", "Internal error of an unknown kind");
    }
}

JobRunner::JobRunner(QObject* parent) : QObject(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &JobRunner::pollProgress);
}

JobRunner::~JobRunner()
{
    m_target->clear();
    if (m_state)
        m_state->cancel.cancel();
}

void JobRunner::cancel()
{
    if (!m_state || !m_running)
        return;
    m_state->cancel.cancel();
    ++m_generation; // whatever the job still returns is dropped, even if it never looks at the flag
    end();
    Q_EMIT cancelled();
}

std::pair<quint64, JobControl> JobRunner::begin(const QString& what)
{
    if (m_state)
        m_state->cancel.cancel(); // the previous job stops at its next check; its result is dropped
    m_state = std::make_shared<JobState>();
    JobControl control;
    auto state = m_state;
    control.cancel = &state->cancel;
    control.onProgress = [state](const Progress& progress) {
        const std::lock_guard lock(state->mutex);
        state->stage = progress.stage;
        state->done = progress.done;
        state->total = progress.total;
    };
    // The token must outlive the worker: keep the state alive through the callback's capture.
    m_running = true;
    m_clock.start();
    m_poll.start();
    const quint64 generation = ++m_generation;
    Q_EMIT started(what);
    return {generation, control};
}

void JobRunner::end()
{
    m_running = false;
    m_poll.stop();
}

void JobRunner::pollProgress()
{
    if (!m_state)
        return;
    std::string stage;
    std::int64_t done = 0, total = 0;
    {
        const std::lock_guard lock(m_state->mutex);
        stage = m_state->stage;
        done = m_state->done;
        total = m_state->total;
    }
    if (total <= 0)
        return;
    const double fraction = std::clamp(static_cast<double>(done) / static_cast<double>(total), 0.0, 1.0);
    const double elapsed = static_cast<double>(m_clock.elapsed()) / 1000.0;
    const int secondsLeft = fraction > 0.02 ? static_cast<int>(elapsed * (1.0 - fraction) / fraction) : -1;
    Q_EMIT progress(QString::fromStdString(stage), static_cast<int>(fraction * 100.0), secondsLeft);
}

} // namespace near2::jobs
