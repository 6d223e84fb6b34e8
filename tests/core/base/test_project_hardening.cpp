// Project files that are damaged, read-only, empty or not projects at all: refused with InputError naming the
// file (and the table.column), read without writing anything, and validated before a command does any work.
#include "core/report/project_runs.h"
#include "core/store/project_files.h"
#include "core/store/project_store.h"
#include "core/store/schema.h"
#include "core/store/sqlite_database.h"
#include "tests/core/base/report_fixture.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <unistd.h>

namespace near2 {
namespace {

namespace fs = std::filesystem;

void runSql(const fs::path& file, const std::string& sql)
{
    store::Database db(file);
    db.execute(sql);
}

TEST(ProjectHardening, NewestRunWithoutDimsIsAnInputErrorNotACrash)
{
    test::ScratchDir dir;
    const auto file = dir / "p.near2";
    test::writeTinyProject(file);
    runSql(file, "DELETE FROM run_dims WHERE run_id = (SELECT max(id) FROM runs)");
    for (const auto access : {ProjectAccess::ReadWrite, ProjectAccess::ReadOnly}) {
        try {
            ProjectStore(file, access).load();
            FAIL() << "a newest run without dims was loaded";
        } catch (const InputError& error) {
            EXPECT_EQ(error.file(), file);
            EXPECT_NE(std::string(error.what()).find("incomplete"), std::string::npos) << error.what();
        }
    }
}

struct Damage
{
    std::string column;
    std::string sql;
};

TEST(ProjectHardening, DamagedJsonColumnsNameTheFileAndTheColumn)
{
    const Damage damages[] = {
        {"queries.judged", "UPDATE queries SET judged = '[[0, \"E\"' WHERE idx = 0"},
        {"queries.judged", "UPDATE queries SET judged = '{\"a\": 1}' WHERE idx = 0"},
        {"queries.judged", "UPDATE queries SET judged = '[[\"x\", 1, 2]]' WHERE idx = 0"},
        {"products.fields", "UPDATE products SET fields = '[1, 2]'"},
        {"products.fields", "UPDATE products SET fields = 'not json'"},
        {"runs.columns", "UPDATE runs SET columns = '{'"},
        {"runs.query_ids", "UPDATE runs SET query_ids = '[1, 2, 3]'"},
        {"runs.k", "UPDATE runs SET k = 4611686018427387904"},
        {"meta.settings", "UPDATE meta SET value = '{\"dims\": \"eight\"}' WHERE key = 'settings'"},
        {"meta.dataset", "INSERT OR REPLACE INTO meta VALUES ('dataset', '{\"paths\": [[[1]]]}')"},
        {"meta.viewState", "INSERT OR REPLACE INTO meta VALUES ('viewState', '{\"dim\": [1]}')"},
        {"meta.model", "INSERT OR REPLACE INTO meta VALUES ('model', '" + std::string(300, '[') + "')"},
    };
    for (const auto& damage : damages) {
        test::ScratchDir dir;
        const auto file = dir / "p.near2";
        test::writeTinyProject(file);
        runSql(file, damage.sql);
        try {
            ProjectStore(file, ProjectAccess::ReadOnly).load();
            ADD_FAILURE() << damage.sql << ": no error";
        } catch (const InputError& error) {
            EXPECT_EQ(error.file(), file) << error.what();
            EXPECT_EQ(error.field(), damage.column) << error.what();
        } catch (const std::exception& error) {
            ADD_FAILURE() << damage.sql << ": " << error.what() << " is no InputError";
        }
    }
}

TEST(ProjectHardening, AbsurdRunNumbersAreRefused)
{
    for (const char* sql : {"UPDATE run_dims SET dim = -5", "UPDATE run_dims SET dim = 3000000000",
                            "UPDATE run_dims SET top_docs = x'feffffff00000000000000000000000000000000"
                            "0000000000000000000000000000000000000000'",
                            "UPDATE run_dims SET mean = x'00'", "UPDATE runs SET k = -1"}) {
        test::ScratchDir dir;
        const auto file = dir / "p.near2";
        test::writeTinyProject(file);
        runSql(file, sql);
        EXPECT_THROW(ProjectStore(file, ProjectAccess::ReadOnly).load(), InputError) << sql;
    }
}

TEST(ProjectHardening, ReadingWritesNothing)
{
    test::ScratchDir dir;
    const auto file = dir / "p.near2";
    test::writeTinyProject(file);
    const std::string before = test::readText(file);
    {
        const ProjectStore store(file, ProjectAccess::ReadOnly);
        EXPECT_TRUE(store.readOnly());
        EXPECT_EQ(store.load().queries.size(), 3u);
    }
    EXPECT_EQ(test::readText(file), before);
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"p.near2"}); // no -wal, no -shm
}

TEST(ProjectHardening, AnOlderSchemaIsMigratedInMemoryWhenRead)
{
    test::ScratchDir dir;
    const auto file = dir / "old.near2";
    {
        store::Database db(file);
        store::migrate(db, 1);
        db.execute("INSERT INTO meta VALUES ('settings', '{\"k\": 7}')");
    }
    const std::string before = test::readText(file);
    ProjectStore store(file, ProjectAccess::ReadOnly);
    EXPECT_EQ(store.schemaVersion(), store::kSchemaVersion);
    EXPECT_EQ(store.load().settings.k, 7);
    EXPECT_FALSE(store.load().tradeoffs.has_value()); // the version 3 table exists (in memory)
    EXPECT_EQ(test::readText(file), before);
    EXPECT_THROW(store.saveTags({"x"}), InputError);
}

TEST(ProjectHardening, AZeroByteFileIsNeverTurnedIntoAProject)
{
    test::ScratchDir dir;
    const auto file = dir / "empty.near2";
    test::writeText(file, "");
    test::inputErrorLine([&] { loadExistingProject(file); }, "empty file");
    test::inputErrorLine([&] { loadRun(file, ""); }, "empty file");
    EXPECT_EQ(fs::file_size(file), 0u);
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"empty.near2"});
}

TEST(ProjectHardening, ReadOnlyFileIsReadWithoutCreatingFiles)
{
    if (::geteuid() == 0)
        GTEST_SKIP()
            << "root writes read-only files anyway; tests/cli/test_faults.sh mounts a read-only folder";
    test::ScratchDir dir;
    const auto file = dir / "p.near2";
    test::writeTinyProject(file);
    fs::permissions(file, fs::perms::owner_write, fs::perm_options::remove);
    fs::permissions(dir.path(), fs::perms::owner_write, fs::perm_options::remove);
    EXPECT_EQ(ProjectStore(file, ProjectAccess::ReadOnly).load().queries.size(), 3u);
    test::inputErrorLine([&] { ProjectStore store(file); }, "read-only");
    fs::permissions(dir.path(), fs::perms::owner_write, fs::perm_options::add);
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"p.near2"});
}

TEST(ProjectHardening, UnusableProjectsAreRefusedBeforeAnyWork)
{
    test::ScratchDir dir;
    fs::create_directory(dir / "folder.near2");
    test::writeText(dir / "text.near2", std::string(5000, 'x'));
    test::writeTinyProject(dir / "newer.near2");
    runSql(dir / "newer.near2", "PRAGMA user_version = 99");
    runSql(dir / "other.sqlite", "CREATE TABLE t (x)");
    test::writeTinyProject(dir / "truncated.near2");
    fs::resize_file(dir / "truncated.near2", 4096);
    const std::pair<const char*, const char*> cases[] = {
        {"folder.near2", "is a folder"},
        {"text.near2", "not a readable NEAR"},
        {"newer.near2", "newer NEAR"},
        {"other.sqlite", "another application"},
        {"truncated.near2", "not a readable NEAR"},
        {"missing/p.near2", "does not exist"},
    };
    for (const auto& [name, message] : cases)
        test::inputErrorLine([&] { store::checkProjectWritable(dir / name); }, message);
    EXPECT_NO_THROW(store::checkProjectWritable(dir / "new.near2"));
    EXPECT_FALSE(fs::exists(dir / "new.near2")); // checking creates nothing
    test::writeText(dir / "zero.near2", "");
    EXPECT_NO_THROW(store::checkProjectWritable(dir / "zero.near2")); // an empty file becomes the project
}

} // namespace
} // namespace near2
