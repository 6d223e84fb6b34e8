#include "core/util/atomic_file.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

using namespace near2;

TEST(InputError, NamesFileAndLine)
{
    const InputError error("data/qrels/test.tsv", 12, "bad number 'x'");
    EXPECT_STREQ(error.what(), "data/qrels/test.tsv:12: bad number 'x'");
    EXPECT_EQ(error.line(), 12u);
}

TEST(InputError, NamesField)
{
    const InputError error("model/near2-model.json", "dim", "must be positive");
    EXPECT_STREQ(error.what(), "model/near2-model.json: field 'dim': must be positive");
}

TEST(AtomicFile, NothingAppearsWithoutCommit)
{
    test::ScratchDir dir;
    {
        AtomicFile file(dir / "out.csv");
        file.stream() << "half";
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(AtomicFile, CommitRenamesIntoPlace)
{
    test::ScratchDir dir;
    AtomicFile file(dir / "out.csv");
    file.stream() << "a,b\n";
    file.commit();
    EXPECT_EQ(test::readText(dir / "out.csv"), "a,b\n");
}

TEST(AtomicFile, UnwritableFolderIsAnInputError)
{
    EXPECT_THROW(AtomicFile("/nonexistent-folder/x.csv"), InputError);
}
