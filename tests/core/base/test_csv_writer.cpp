// CSV output: RFC 4180 quoting, and cells a spreadsheet would run as formulas written as text (OWASP).
#include "core/eval/result_files.h"
#include "core/util/csv_writer.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

TEST(CsvWriter, QuotesCommasQuotesAndLineBreaks)
{
    EXPECT_EQ(csvField("plain"), "plain");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
}

TEST(CsvWriter, FormulaCellsGetAnApostropheAndQuotes)
{
    EXPECT_EQ(csvField("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(csvField("+cmd|' /C calc'!A0"), "\"'+cmd|' /C calc'!A0\"");
    EXPECT_EQ(csvField("-2+3"), "\"'-2+3\"");
    EXPECT_EQ(csvField("@SUM(A1)"), "\"'@SUM(A1)\"");
    EXPECT_EQ(csvField("\tx"), "\"'\tx\"");
    EXPECT_EQ(csvField("\rx"), "\"'\rx\"");
    EXPECT_EQ(csvField("-"), "\"'-\"");
    EXPECT_EQ(csvField("-inf"), "\"'-inf\"");
}

TEST(CsvWriter, NumbersStayNumbers)
{
    for (const char* number : {"-0.5", "+1", "-1e-3", "+2.5E10", "-0", "0.25", "-123456"})
        EXPECT_EQ(csvField(number), number);
    EXPECT_EQ(csvField("a=b"), "a=b"); // only the first character matters
}

TEST(CsvWriter, PerQueryCsvWritesAHostileQueryIdAsText)
{
    test::ScratchDir dir;
    EvaluationResult result;
    result.dims = {8};
    result.columns = {"ndcg@10"};
    result.queryIds = {"=HYPERLINK(\"http://evil\",\"x\")", "q2"};
    result.perQuery = {{0.5, 0.25}};
    result.mean = {{0.375}};
    writePerQueryCsv(dir / "per_query.csv", result)->commit();
    const std::string text = test::readText(dir / "per_query.csv");
    EXPECT_NE(text.find("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",8,0.500000\n"), std::string::npos)
        << text;
    EXPECT_EQ(text.find("\n=HYPERLINK"), std::string::npos);
}

} // namespace
} // namespace near2
