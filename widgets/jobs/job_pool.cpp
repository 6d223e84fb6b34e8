#include "widgets/jobs/job_pool.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <thread>

namespace near2::jobs {

namespace {

std::thread::id guiThread; // written once, before `open` is first set
std::atomic<bool> open{false};

struct JobThreads : QThreadPool
{
    JobThreads()
    {
        setObjectName(QStringLiteral("near2 jobs"));
        setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        const auto* application = QCoreApplication::instance();
        if (application && QThread::currentThread() == application->thread()) {
            guiThread = std::this_thread::get_id();
            open = true;
            qAddPostRoutine(closeJobPool); // when main did not
        }
    }
};

} // namespace

QThreadPool* jobPool()
{
    static JobThreads pool; // destroyed at exit, after waiting for anything started after close()
    return &pool;
}

void closeJobPool()
{
    open = false;
    jobPool()->waitForDone();
}

bool releasesGoToJobPool()
{
    return open.load() && std::this_thread::get_id() == guiThread;
}

} // namespace near2::jobs
