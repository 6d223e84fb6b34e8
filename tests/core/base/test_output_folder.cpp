// OutputFolder: an output set appears all at once or not at all, and a failed commit restores the folder.
#include "core/util/output_folder.h"
#include "tests/core/test_support.h"

#include <filesystem>

namespace near2 {
namespace {

namespace fs = std::filesystem;

TEST(OutputFolder, NewFolderAppearsWithEveryFileAtOnce)
{
    test::ScratchDir dir;
    OutputFolder out(dir / "out");
    test::writeText(out.staging() / "a.csv", "a\n");
    fs::create_directory(out.staging() / "qrels");
    test::writeText(out.staging() / "qrels" / "test.tsv", "q\n");
    EXPECT_FALSE(fs::exists(dir / "out"));
    out.commit();
    EXPECT_EQ(test::readText(dir / "out" / "a.csv"), "a\n");
    EXPECT_EQ(test::readText(dir / "out" / "qrels" / "test.tsv"), "q\n");
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"out"}); // no staging folder left
}

TEST(OutputFolder, FailureLeavesNothingNotEvenParentFolders)
{
    test::ScratchDir dir;
    {
        OutputFolder out(dir / "a" / "b" / "out");
        test::writeText(out.staging() / "a.csv", "a\n");
        EXPECT_TRUE(fs::exists(dir / "a" / "b"));
    } // destroyed without commit: a command failed
    EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(OutputFolder, ReplacesAnEmptyFolderByOneRename)
{
    test::ScratchDir dir;
    fs::create_directory(dir / "out");
    OutputFolder out(dir / "out/");
    test::writeText(out.staging() / "a.csv", "a\n");
    EXPECT_EQ(out.staging().parent_path(), dir.path()); // staged beside the target
    out.commit();
    EXPECT_EQ(test::folderEntries(dir / "out"), std::vector<std::string>{"a.csv"});
}

TEST(OutputFolder, MergesIntoAFolderWithOtherFiles)
{
    test::ScratchDir dir;
    test::writeText(dir / "out" / "keep.txt", "mine\n");
    test::writeText(dir / "out" / "a.csv", "old\n");
    OutputFolder out(dir / "out");
    test::writeText(out.staging() / "a.csv", "new\n");
    test::writeText(out.staging() / "b.csv", "b\n");
    out.commit();
    EXPECT_EQ(test::folderEntries(dir / "out"), (std::vector<std::string>{"a.csv", "b.csv", "keep.txt"}));
    EXPECT_EQ(test::readText(dir / "out" / "a.csv"), "new\n");
    EXPECT_EQ(test::readText(dir / "out" / "keep.txt"), "mine\n");
}

TEST(OutputFolder, FailedMergePutsEveryOldFileBack)
{
    test::ScratchDir dir;
    test::writeText(dir / "out" / "a.csv", "old\n");
    fs::create_directories(dir / "out" / "z.csv"); // a folder where a file must go: the last move fails
    OutputFolder out(dir / "out");
    test::writeText(out.staging() / "a.csv", "new\n");
    test::writeText(out.staging() / "b.csv", "b\n");
    test::writeText(out.staging() / "z.csv", "z\n");
    test::inputErrorLine([&] { out.commit(); }, "the folder is left as it was");
    EXPECT_EQ(test::readText(dir / "out" / "a.csv"), "old\n");
    EXPECT_FALSE(fs::exists(dir / "out" / "b.csv"));
    EXPECT_TRUE(fs::is_directory(dir / "out" / "z.csv"));
}

TEST(OutputFolder, RefusesAFileBeforeAnyWork)
{
    test::ScratchDir dir;
    test::writeText(dir / "out", "a file\n");
    test::inputErrorLine([&] { OutputFolder out(dir / "out"); }, "exists and is not a folder");
    test::writeText(dir / "file", "x\n");
    test::inputErrorLine([&] { OutputFolder out(dir / "file" / "out"); }, "is not a writable folder");
}

TEST(OutputFolder, RemovesStagingFoldersOfDeadProcesses)
{
    test::ScratchDir dir;
    // pid 2^31-2 exceeds any pid_max: that process is gone.
    fs::create_directories(dir / ".out.near2-staging-2147483646-1" / "x");
    OutputFolder out(dir / "out");
    test::writeText(out.staging() / "a.csv", "a\n");
    out.commit();
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"out"});
}

} // namespace
} // namespace near2
