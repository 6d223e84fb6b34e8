#include "widgets/jobs/job_pool.h"

#include <QThread>
#include <algorithm>

namespace near2::jobs {

namespace {

struct JobThreads : QThreadPool
{
    JobThreads()
    {
        setObjectName(QStringLiteral("near2 jobs"));
        setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
};

} // namespace

QThreadPool* jobPool()
{
    static JobThreads pool; // destroyed at exit, after waiting for the jobs still running
    return &pool;
}

} // namespace near2::jobs
