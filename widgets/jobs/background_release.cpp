#include "widgets/jobs/background_release.h"

#include "widgets/jobs/job_pool.h"

#include <QCoreApplication>
#include <QThread>

namespace near2::jobs {

void releaseInBackground(std::shared_ptr<const void> last)
{
    const auto* application = QCoreApplication::instance();
    if (!last || !application || QThread::currentThread() != application->thread())
        return; // `last` goes here
    jobPool()->start([held = std::move(last)]() mutable { held.reset(); });
}

} // namespace near2::jobs
