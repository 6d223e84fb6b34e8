#pragma once
// Progress of a CPU sweep over queries × products, shared by its workers: each adds the pairs it scanned, the
// reporting worker tells the job and polls its cancellation, and every worker stops once it is cancelled.
#include "core/util/progress.h"

#include <atomic>
#include <cstdint>

namespace near2 {

class SweepProgress
{
public:
    SweepProgress(const JobControl& job, std::int64_t total) : m_job(job), m_total(total) {}

    void add(std::int64_t pairs, bool reports)
    {
        const auto done = m_done.fetch_add(pairs) + pairs;
        if (reports) {
            m_job.report("sweep", done, m_total);
            if (m_job.cancel && m_job.cancel->isCancelled())
                m_cancelled.store(true);
        }
    }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    const JobControl& m_job;
    std::int64_t m_total;
    std::atomic<std::int64_t> m_done{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace near2
