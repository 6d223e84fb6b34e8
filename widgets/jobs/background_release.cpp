#include "widgets/jobs/background_release.h"

#include "widgets/jobs/job_pool.h"

#include <limits>

namespace near2::jobs {

void releaseInBackground(std::shared_ptr<const void> last)
{
    if (!last || !releasesGoToJobPool())
        return; // `last` goes here
    // Ahead of the jobs waiting for a thread: the memory comes back before a new job's result takes more.
    jobPool()->start([held = std::move(last)]() mutable { held.reset(); }, std::numeric_limits<int>::max());
}

} // namespace near2::jobs
