#pragma once
// The open project's one writer: a thread that owns the project's ProjectStore and runs the writes posted to
// it in order, so that no write waits on (or blocks) the thread that posts it. post() never blocks; a write
// posted under a key replaces a queued, not yet started one with the same key, in that one's place (debounced
// saves: the newest annotation of a query wins). call() runs a function on the writer thread after every
// earlier write and hands back its result (the jobs that read what the analyst saved, or write and read
// back). Thread-safe. The destructor waits a bounded time (kCloseWait) for the queue to drain and the store
// to close; what is left then finishes on the detached thread.
#include <chrono>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <string>

namespace near2 {
class ProjectStore;
}

namespace near2::session {

class StoreWriter
{
public:
    using Write = std::function<void(ProjectStore&)>;
    // Called on the writer thread with the message of a failed post()ed write (or of opening the store).
    using ErrorHandler = std::function<void(const std::string& message)>;
    static constexpr std::chrono::milliseconds kCloseWait{5000};

    // Opens the store on the writer thread (a failure is reported to `onError`, and to every call()).
    StoreWriter(std::filesystem::path file, ErrorHandler onError);
    ~StoreWriter(); // errors are no longer reported from here on
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    const std::filesystem::path& file() const { return m_file; }
    void post(Write write, std::string key = {});
    template <typename R> std::future<R> call(std::function<R(ProjectStore&)> work)
    {
        auto task = std::make_shared<std::packaged_task<R(ProjectStore&)>>(std::move(work));
        auto result = task->get_future();
        enqueue([task](ProjectStore& store) { (*task)(store); }, {}, true);
        return result;
    }
    // Waits until every write posted before has run; false when `timeout` passed first.
    bool flush(std::chrono::milliseconds timeout);
    // Stops reporting errors (the handler's receiver is going away); later failures are dropped.
    void forgetErrorHandler();

private:
    struct State;
    void enqueue(Write write, std::string key, bool reportsItself);

    std::filesystem::path m_file;
    std::shared_ptr<State> m_state;
};

} // namespace near2::session
