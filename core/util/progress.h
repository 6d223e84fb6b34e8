#pragma once
// Progress reporting and cooperative cancellation for long core jobs, with no Qt involved.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace near2 {

struct Progress
{
    std::string stage;     // what is running, e.g. "sweep"
    std::int64_t done = 0; // units finished
    std::int64_t total = 0;
};

// Called from worker threads, possibly often: implementations rate-limit their own output.
using ProgressCallback = std::function<void(const Progress&)>;

// A job polls this between work units; raising it makes the job throw CancelledError.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void throwIfCancelled() const; // throws CancelledError

private:
    std::atomic<bool> m_cancelled{false};
};

struct JobControl
{
    ProgressCallback onProgress;             // may be empty
    const CancelToken* cancel = nullptr;      // may be null

    void report(const std::string& stage, std::int64_t done, std::int64_t total) const;
    void checkCancelled() const;
};

} // namespace near2
