#include "core/data/csv_table.h"
#include "core/util/csv_reader.h"
#include "core/util/error.h"
#include "core/util/text_encoding.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

std::vector<CsvRecord> readAll(std::string_view text, char delimiter = ',')
{
    CsvReader reader(text, delimiter, "t.csv");
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.push_back(record);
    return records;
}

} // namespace

TEST(CsvReader, SplitsPlainFieldsAndKeepsEmptyOnes)
{
    const auto records = readAll("a,b,c\n1,,3\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].fields, (std::vector<std::string>{"1", "", "3"}));
    EXPECT_EQ(records[1].line, 2u);
}

TEST(CsvReader, HandlesQuotesDoubledQuotesAndNewlinesInsideQuotes)
{
    const auto records = readAll("id,text\n1,\"say \"\"hi\"\", ok\"\n2,\"two\nlines\"\n3,x");
    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[1].fields[1], "say \"hi\", ok");
    EXPECT_EQ(records[2].fields[1], "two\nlines");
    EXPECT_EQ(records[2].line, 3u);
    EXPECT_EQ(records[3].line, 5u); // the physical line, after the two-line record
    EXPECT_EQ(records[3].fields[1], "x");
}

TEST(CsvReader, AcceptsCrLfAndSkipsBlankLines)
{
    const auto records = readAll("a,b\r\n\r\n1,\"q\"\r\n\n2,z\r\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].fields, (std::vector<std::string>{"1", "q"}));
    EXPECT_EQ(records[1].line, 3u);
    EXPECT_EQ(records[2].fields, (std::vector<std::string>{"2", "z"}));
    EXPECT_EQ(records[2].line, 5u);
}

TEST(CsvReader, ReadsTabsWithQuotesAsLiteralCommas)
{
    const auto records = readAll("a\tb\n1,2\t\"x\ty\"\n", '\t');
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].fields, (std::vector<std::string>{"1,2", "x\ty"}));
}

TEST(CsvReader, UnclosedQuoteNamesTheLineWhereTheRecordStarts)
{
    EXPECT_EQ(test::inputErrorLine([] { readAll("a,b\n1,2\n3,\"open\nmore\n"); }, "t.csv:3"), 3u);
}

TEST(CsvReader, TextAfterClosingQuoteIsAnError)
{
    EXPECT_EQ(test::inputErrorLine([] { readAll("a,b\n1,\"x\"y\n"); }, "closing quote"), 2u);
}

TEST(CsvReader, ChoosesTheDelimiter)
{
    EXPECT_EQ(CsvReader::delimiterFor("x.tsv", "a,b,c"), '\t');
    EXPECT_EQ(CsvReader::delimiterFor("x.csv", "a\tb\tc\n1,2"), '\t');
    EXPECT_EQ(CsvReader::delimiterFor("x.txt", "a,b\tc"), ',');
}

TEST(TextEncoding, StripsTheUtf8Bom)
{
    test::ScratchDir dir;
    test::writeText(dir / "a.csv", "\xEF\xBB\xBFid,name\n");
    EXPECT_EQ(readTextFile(dir / "a.csv"), "id,name\n");
}

TEST(TextEncoding, ConvertsWindows1252)
{
    test::ScratchDir dir;
    test::writeText(dir / "a.csv", "caf\xE9 \x93quoted\x94 \x80\n");
    EXPECT_EQ(readTextFile(dir / "a.csv", "windows-1252"),
              "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC\n");
}

TEST(TextEncoding, InvalidUtf8NamesFileAndLine)
{
    test::ScratchDir dir;
    test::writeText(dir / "bad.csv", "a,b\nok,\xC3\xA9\nbad,caf\xE9\n");
    const auto line = test::inputErrorLine([&] { readTextFile(dir / "bad.csv"); }, "bad.csv:3: invalid UTF-8");
    EXPECT_EQ(line, 3u);
}

TEST(TextEncoding, RejectsOverlongAndSurrogateSequences)
{
    EXPECT_THROW(requireValidUtf8("\xC0\xAF", "x"), InputError);
    EXPECT_THROW(requireValidUtf8("\xED\xA0\x80", "x"), InputError);
    EXPECT_THROW(requireValidUtf8("\xE2\x82", "x"), InputError);
    EXPECT_NO_THROW(requireValidUtf8("\xF0\x9F\x98\x80 \xE2\x82\xAC", "x"));
}

TEST(TextEncoding, UnknownEncodingAndMissingFileAreInputErrors)
{
    test::ScratchDir dir;
    test::writeText(dir / "a.csv", "x\n");
    test::inputErrorLine([&] { readTextFile(dir / "a.csv", "no-such-encoding"); },
                   "unknown text encoding 'no-such-encoding'");
    test::inputErrorLine([&] { readTextFile(dir / "missing.csv"); }, "missing.csv: file not found");
}

TEST(CsvTable, MissingColumnIsNamed)
{
    test::ScratchDir dir;
    test::writeText(dir / "p.csv", "id,title\n1,x\n");
    CsvTable table(dir / "p.csv", "UTF-8");
    EXPECT_EQ(table.column("title"), 1u);
    test::inputErrorLine([&] { table.column("brand"); },
                   "field 'brand': missing column (the header has: id, title)");
}

TEST(CsvTable, WrongFieldCountNamesTheLine)
{
    test::ScratchDir dir;
    test::writeText(dir / "p.csv", "id,title\n1,x\n\n2,y,extra\n");
    CsvTable table(dir / "p.csv", "UTF-8");
    CsvRecord row;
    ASSERT_TRUE(table.next(row));
    EXPECT_EQ(test::inputErrorLine([&] { table.next(row); }, "p.csv:4: expected 2 fields"), 4u);
}

TEST(CsvTable, EmptyFileIsAnInputError)
{
    test::ScratchDir dir;
    test::writeText(dir / "e.csv", "");
    test::inputErrorLine([&] { CsvTable table(dir / "e.csv", "UTF-8"); }, "e.csv: the file is empty");
}
