#include "core/util/memory_budget.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {
struct BudgetGuard
{
    ~BudgetGuard() { setMemoryBudget(std::nullopt); }
};
} // namespace

TEST(MemoryBudget, ParsesSizesWithBinaryUnits)
{
    EXPECT_EQ(parseByteSize("1500000", "--memory-budget"), 1'500'000u);
    EXPECT_EQ(parseByteSize("512M", "--memory-budget"), 512ull << 20);
    EXPECT_EQ(parseByteSize("4g", "--memory-budget"), 4ull << 30);
    EXPECT_EQ(parseByteSize("1.5G", "--memory-budget"), 3ull << 29);
    for (const char* bad : {"", "G", "12X", "-1G", "0", "nan", "1e30T", "4 G"})
        test::inputErrorLine([&] { parseByteSize(bad, "--memory-budget"); }, "--memory-budget");
}

TEST(MemoryBudget, FormatsBytes)
{
    EXPECT_EQ(formatBytes(930), "930 bytes");
    EXPECT_EQ(formatBytes(1536), "1.5 KiB");
    EXPECT_EQ(formatBytes(15ull << 30), "15.0 GiB");
}

TEST(MemoryBudget, RefusesWithWhatItNeedsWhatThereIsAndWhatToDo)
{
    BudgetGuard guard;
    setMemoryBudget(64ull << 20);
    EXPECT_TRUE(memoryLimit().configured);
    EXPECT_EQ(memoryLimit().bytes, 64ull << 20);
    EXPECT_NO_THROW(requireMemory(64ull << 20, "the thing", "do less"));
    try {
        requireMemory(3ull << 30, "the flat index (10 products)", "use fewer dims");
        ADD_FAILURE() << "no error";
    } catch (const InputError& error) {
        EXPECT_STREQ(error.what(),
                     "not enough memory: the flat index (10 products) needs 3.0 GiB, the memory "
                     "budget is 64.0 MiB; use fewer dims");
    }
}

TEST(MemoryBudget, WithoutABudgetUsesWhatTheSystemHasAvailable)
{
    BudgetGuard guard;
    setMemoryBudget(std::nullopt);
    if (std::getenv("NEAR2_MEMORY_BUDGET"))
        GTEST_SKIP() << "NEAR2_MEMORY_BUDGET is set";
    const MemoryLimit limit = memoryLimit();
    EXPECT_FALSE(limit.configured);
    EXPECT_GT(limit.bytes, 16ull << 20);
    test::inputErrorLine([] { requireMemory(1ull << 62, "everything", "stop"); }, "available; stop");
}
