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

TEST(InputError, FieldReferencesAreWordedByTheFrontEnd)
{
    const InputError error(fieldRef(InputField::Nprobe) + " 64 exceeds " + fieldRef(InputField::Nlist) +
                           " 16");
    EXPECT_STREQ(error.what(), "nprobe 64 exceeds nlist 16"); // ids, no front-end's word
    EXPECT_EQ(error.inputField(), InputField::Nprobe);
    const auto flag = [](InputField field) { return "--" + std::string(fieldId(field)); };
    EXPECT_EQ(error.render(flag), "--nprobe 64 exceeds --nlist 16");
    const auto label = [](InputField field) {
        return field == InputField::Nprobe ? "IVF probes" : "IVF lists";
    };
    EXPECT_EQ(error.render(label), "IVF probes 64 exceeds IVF lists 16");
}

TEST(InputError, FieldReferencesKeepTheFileAndLine)
{
    const InputError error("q.tsv", 3, "label 'x' has no gain (use " + fieldRef(InputField::Gains) + ")");
    EXPECT_STREQ(error.what(), "q.tsv:3: label 'x' has no gain (use gains)");
    EXPECT_EQ(error.line(), 3u);
    EXPECT_EQ(error.render([](InputField) { return std::string("G"); }),
              "q.tsv:3: label 'x' has no gain (use G)");
    EXPECT_FALSE(InputError("no field here").inputField());
}

TEST(InputError, EveryFieldHasAStableId)
{
    for (int i = 0; i <= static_cast<int>(InputField::WarmupRatio); ++i) {
        const auto field = static_cast<InputField>(i);
        ASSERT_FALSE(fieldId(field).empty()) << i;
        EXPECT_EQ(fieldFromId(fieldId(field)), field) << fieldId(field);
    }
    EXPECT_EQ(fieldId(InputField::RelevantThreshold), "relevant-threshold");
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
