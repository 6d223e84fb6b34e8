#include "core/session/store_writer.h"

#include "core/store/project_store.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace near2::session {

namespace {

struct Task
{
    StoreWriter::Write write;
    std::string key;            // empty: never replaced
    bool reportsItself = false; // call(): the future carries the error
    std::uint64_t ticket = 0;
};

} // namespace

struct StoreWriter::State
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Task> queue;
    std::uint64_t posted = 0, done = 0; // tickets
    bool stopping = false, finished = false;
    std::mutex handlerMutex;
    ErrorHandler onError;

    void report(const std::string& message)
    {
        const std::lock_guard lock(handlerMutex);
        if (onError)
            onError(message);
    }

    void run(const std::filesystem::path& file)
    {
        std::unique_ptr<ProjectStore> store;
        std::string openError;
        try {
            store = std::make_unique<ProjectStore>(file);
        } catch (const std::exception& error) {
            openError = error.what();
            report(openError);
        }
        for (;;) {
            Task task;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stopping || !queue.empty(); });
                if (queue.empty())
                    break;
                task = std::move(queue.front());
                queue.pop_front();
            }
            try {
                if (!store)
                    throw std::runtime_error(openError);
                task.write(*store);
            } catch (const std::exception& error) {
                if (!task.reportsItself)
                    report(error.what());
            }
            const std::lock_guard lock(mutex);
            done = task.ticket;
            changed.notify_all();
        }
        store.reset(); // closed (the WAL checked back into the file) before the owner hears it finished
        const std::lock_guard lock(mutex);
        finished = true;
        changed.notify_all();
    }
};

StoreWriter::StoreWriter(std::filesystem::path file, ErrorHandler onError)
    : m_file(std::move(file)), m_state(std::make_shared<State>())
{
    m_state->onError = std::move(onError);
    std::thread([state = m_state, file = m_file] { state->run(file); }).detach();
}

StoreWriter::~StoreWriter()
{
    forgetErrorHandler();
    std::unique_lock lock(m_state->mutex);
    m_state->stopping = true; // the thread ends once the queue is empty; it owns what it still needs
    m_state->changed.notify_all();
    m_state->changed.wait_for(lock, kCloseWait, [&] { return m_state->finished; });
}

void StoreWriter::enqueue(Write write, std::string key, bool reportsItself)
{
    const std::lock_guard lock(m_state->mutex);
    if (!key.empty())
        for (auto& queued : m_state->queue)
            if (queued.key == key) {
                queued.write = std::move(write);
                return;
            }
    m_state->queue.push_back({std::move(write), std::move(key), reportsItself, ++m_state->posted});
    m_state->changed.notify_all();
}

void StoreWriter::post(Write write, std::string key)
{
    enqueue(std::move(write), std::move(key), false);
}

bool StoreWriter::flush(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_state->mutex);
    const std::uint64_t target = m_state->posted;
    return m_state->changed.wait_for(lock, timeout, [&] { return m_state->done >= target; });
}

void StoreWriter::forgetErrorHandler()
{
    const std::lock_guard lock(m_state->handlerMutex);
    m_state->onError = nullptr;
}

} // namespace near2::session
