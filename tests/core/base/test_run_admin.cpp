// Runs managed from the workbench: read one by id, rename, delete (its dims with it), never the last one.
#include "core/store/project_store.h"
#include "core/store/sqlite_database.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

StoredRun oneDimRun(const std::string& label, double value)
{
    StoredRun run;
    run.label = label;
    run.result.dims = {8};
    run.result.columns = {"ndcg@2"};
    run.result.queryIds = {"q1"};
    run.result.perQuery = {{value}};
    run.result.mean = {{value}};
    run.rankings.dims = {8};
    TopKLists lists(1, 2);
    lists.docs = {0, 1};
    lists.scores = {0.9f, 0.8f};
    run.rankings.perDim.push_back(lists);
    return run;
}

TEST(RunAdmin, ReadsRenamesAndDeletesRuns)
{
    test::ScratchDir dir;
    const auto file = dir.path() / "p.near2";
    ProjectStore store(file);
    const auto first = store.addRun(oneDimRun("plain", 0.25));
    const auto second = store.addRun(oneDimRun("matryoshka", 0.75));
    EXPECT_EQ(store.readRun(first).label, "plain");
    EXPECT_DOUBLE_EQ(store.readRun(first).result.value(0, 0, 0), 0.25);
    store.renameRun(first, "baseline");
    EXPECT_EQ(ProjectStore(file).readRun(first).label, "baseline"); // stored, not only in memory
    store.deleteRun(second);
    EXPECT_EQ(store.runIds(), std::vector<std::int64_t>{first});
    EXPECT_EQ(store.latestRun()->id, first);
    store::Database raw(file);
    store::Statement dims(raw, "SELECT COUNT(*) FROM run_dims WHERE run_id = ?1");
    dims.bind(1, second);
    ASSERT_TRUE(dims.step());
    EXPECT_EQ(dims.number(0), 0); // the deleted run's dims went with it
}

TEST(RunAdmin, RefusesUnknownRunsAndTheLastOne)
{
    test::ScratchDir dir;
    ProjectStore store(dir.path() / "p.near2");
    const auto only = store.addRun(oneDimRun("only", 0.5));
    EXPECT_THROW(store.readRun(only + 1), InputError);
    EXPECT_THROW(store.renameRun(only + 1, "x"), InputError);
    EXPECT_THROW(store.deleteRun(only + 1), InputError);
    try {
        store.deleteRun(only);
        FAIL() << "deleted the only run";
    } catch (const InputError& error) {
        EXPECT_EQ(error.field(), "runs.id");
        EXPECT_NE(std::string(error.what()).find("only run"), std::string::npos);
    }
    EXPECT_EQ(store.runIds().size(), 1u);
}

TEST(RunAdmin, AReadOnlyProjectRefusesRenameAndDelete)
{
    test::ScratchDir dir;
    const auto file = dir.path() / "p.near2";
    std::int64_t first = 0;
    {
        ProjectStore store(file);
        first = store.addRun(oneDimRun("plain", 0.25));
        store.addRun(oneDimRun("matryoshka", 0.75));
    }
    ProjectStore readOnly(file, ProjectAccess::ReadOnly);
    EXPECT_THROW(readOnly.renameRun(first, "baseline"), InputError);
    EXPECT_THROW(readOnly.deleteRun(first), InputError);
    EXPECT_EQ(readOnly.readRun(first).label, "plain");
    EXPECT_EQ(readOnly.runIds().size(), 2u);
}

} // namespace
} // namespace near2
