// The session's ordered project writer: writes run in the order posted, a keyed write replaces a queued one,
// call() runs after every earlier write, failures reach the error handler (or the caller's future), and the
// store is closed when the writer goes.
#include "core/session/store_writer.h"
#include "core/store/project_store.h"
#include "tests/core/test_support.h"

#include <atomic>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>

namespace near2 {
namespace {

using session::StoreWriter;
using namespace std::chrono_literals;

TEST(StoreWriter, RunsWritesInOrderAndCallsAfterThem)
{
    test::ScratchDir dir;
    StoreWriter writer(dir / "p.near2", {});
    for (int i = 0; i < 50; ++i)
        writer.post([i](ProjectStore& store) { store.saveTags({"tag " + std::to_string(i)}); });
    auto tags = writer.call<std::vector<std::string>>([](ProjectStore& store) { return store.load().tags; });
    EXPECT_EQ(tags.get(), std::vector<std::string>{"tag 49"});
}

TEST(StoreWriter, AKeyedWriteReplacesTheQueuedOneInItsPlace)
{
    test::ScratchDir dir;
    StoreWriter writer(dir / "p.near2", {});
    std::mutex gate;
    std::unique_lock hold(gate);
    std::vector<std::string> log;
    writer.post([&](ProjectStore&) { const std::lock_guard wait(gate); }); // keeps the queue from moving
    writer.post([&](ProjectStore&) { log.push_back("first q1"); }, "q1");
    writer.post([&](ProjectStore&) { log.push_back("q2"); }, "q2");
    writer.post([&](ProjectStore&) { log.push_back("second q1"); }, "q1");
    hold.unlock();
    ASSERT_TRUE(writer.flush(10s));
    EXPECT_EQ(log, (std::vector<std::string>{"second q1", "q2"}));
}

TEST(StoreWriter, FailuresGoToTheHandlerOrTheFuture)
{
    test::ScratchDir dir;
    std::mutex mutex;
    std::vector<std::string> errors;
    StoreWriter writer(dir / "p.near2", [&](const std::string& message) {
        const std::lock_guard lock(mutex);
        errors.push_back(message);
    });
    writer.post([](ProjectStore&) { throw InputError("disk full"); });
    auto failed = writer.call<int>([](ProjectStore&) -> int { throw InputError("no such run"); });
    EXPECT_THROW(failed.get(), InputError);
    ASSERT_TRUE(writer.flush(10s));
    const std::lock_guard lock(mutex);
    EXPECT_EQ(errors, std::vector<std::string>{"disk full"});
}

TEST(StoreWriter, AStoreThatCannotBeOpenedFailsEveryWrite)
{
    test::ScratchDir dir;
    test::writeText(dir / "not-a-project.near2", "plain text, not SQLite");
    std::atomic<int> errors = 0;
    StoreWriter writer(dir / "not-a-project.near2", [&](const std::string&) { ++errors; });
    writer.post([](ProjectStore& store) { store.saveTags({"x"}); });
    EXPECT_THROW(writer.call<int>([](ProjectStore&) { return 1; }).get(), std::exception);
    ASSERT_TRUE(writer.flush(10s));
    EXPECT_EQ(errors, 2); // opening, then the posted write
}

// When the writer is gone, the store is closed: the file holds every write and no write-ahead log is left.
TEST(StoreWriter, TheStoreIsClosedWhenTheWriterGoes)
{
    test::ScratchDir dir;
    {
        StoreWriter writer(dir / "p.near2", {});
        writer.post([](ProjectStore& store) { store.setAnnotation("q1", {"brand confusion", "note"}); });
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "p.near2-wal"));
    EXPECT_EQ(ProjectStore(dir / "p.near2").load().annotations.at("q1").tag, "brand confusion");
}

// Opening a project that is up to date writes nothing: its bytes stay as they were.
TEST(StoreWriter, OpeningAnUpToDateProjectLeavesItsBytes)
{
    test::ScratchDir dir;
    ProjectStore(dir / "p.near2").saveTags({"a"});
    const std::string before = test::readText(dir / "p.near2");
    {
        StoreWriter writer(dir / "p.near2", {});
        EXPECT_EQ(
            writer.call<std::size_t>([](ProjectStore& store) { return store.load().tags.size(); }).get(), 1u);
    }
    EXPECT_EQ(test::readText(dir / "p.near2"), before);
}

} // namespace
} // namespace near2
