#include "core/data/loaders.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

constexpr const char* kCorpus =
    R"({"_id": "d1", "title": "Drill", "text": "Cordless drill", "brand": "Acme", "price": 12.5}

{"_id": 2, "title": "Saw", "text": "Hand saw", "tags": ["a", "b"]}
)";
constexpr const char* kQueries = "{\"_id\": \"q1\", \"text\": \"drill\", \"type\": \"short\"}\n"
                                 "{\"_id\": \"q2\", \"text\": \"saw\"}\n";

void writeBeirFixture(const test::ScratchDir& dir)
{
    test::writeText(dir / "corpus.jsonl", kCorpus);
    test::writeText(dir / "queries.jsonl", kQueries);
    test::writeText(dir / "qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\tE\nq2\t2\t1\n");
    test::writeText(dir / "qrels/train.tsv", "query-id\tcorpus-id\tscore\r\nq2\td1\tI\r\n");
}

} // namespace

TEST(Beir, ReadsCorpusQueriesAndEverySplit)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    const Dataset dataset = readBeir(dir.path());
    ASSERT_EQ(dataset.corpus.size(), 2u);
    EXPECT_EQ(dataset.corpus[0].title, "Drill");
    EXPECT_EQ(dataset.corpus[0].text, "Cordless drill");
    ASSERT_NE(dataset.corpus[0].attribute("brand"), nullptr);
    EXPECT_EQ(*dataset.corpus[0].attribute("brand"), "Acme");
    EXPECT_EQ(*dataset.corpus[0].attribute("price"), "12.5");
    EXPECT_EQ(dataset.corpus[1].id, "2"); // a numeric _id keeps its decimal text
    EXPECT_EQ(*dataset.corpus[1].attribute("tags"), R"(["a","b"])");
    ASSERT_EQ(dataset.queries.size(), 2u);
    EXPECT_EQ(*dataset.queries[0].attribute("type"), "short");
    ASSERT_EQ(dataset.splits.size(), 2u);
    const Qrels& test = dataset.split("test");
    ASSERT_EQ(test.judgements.size(), 2u);
    EXPECT_EQ(test.judgements[0].label, "E");
    EXPECT_EQ(test.judgements[1].docId, "2");
    EXPECT_EQ(test.judgements[1].line, 3u);
    EXPECT_EQ(dataset.split("train").judgements[0].label, "I");
}

TEST(Beir, ReadsOnlyTheRequestedSplit)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    ReadOptions options;
    options.split = "train";
    const Dataset dataset = readBeir(dir.path(), options);
    EXPECT_EQ(dataset.splits.size(), 1u);
    EXPECT_EQ(dataset.split("train").judgements.size(), 1u);
}

TEST(Beir, MissingSplitNamesTheFileAndTheAvailableSplits)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    ReadOptions options;
    options.split = "dev";
    test::inputErrorLine([&] { readBeir(dir.path(), options); },
                         "dev.tsv: no qrels split 'dev' (available: test, train)");
}

TEST(Beir, StripsBom)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    test::writeText(dir / "queries.jsonl", std::string("\xEF\xBB\xBF") + kQueries);
    EXPECT_EQ(readBeir(dir.path()).queries[0].id, "q1");
}

TEST(Beir, CorpusErrorsNameFileAndLine)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    test::writeText(dir / "corpus.jsonl", "{\"_id\": \"a\", \"text\": \"x\"}\n\n{\"text\": \"no id\"}\n");
    EXPECT_EQ(test::inputErrorLine([&] { readBeir(dir.path()); }, "corpus.jsonl:3: the record has no '_id'"),
              3u);

    test::writeText(dir / "corpus.jsonl",
                    "{\"_id\": \"a\", \"text\": \"x\"}\n{\"_id\": \"b\", \"text\": }\n");
    EXPECT_EQ(test::inputErrorLine([&] { readBeir(dir.path()); }, "corpus.jsonl:2: invalid JSON"), 2u);

    test::writeText(dir / "corpus.jsonl", "{\"_id\": \"a\"}\n{\"_id\": \"b\"}\n{\"_id\": \"a\"}\n");
    EXPECT_EQ(test::inputErrorLine([&] { readBeir(dir.path()); },
                                   "corpus.jsonl:3: duplicate _id 'a' (first seen on line 1)"),
              3u);

    // Found by fuzz_jsonl: nlohmann throws out_of_range (not parse_error) for a number beyond a double.
    test::writeText(dir / "corpus.jsonl", "{\"_id\": \"a\", \"price\": 130e911111111111111111}\n");
    EXPECT_EQ(test::inputErrorLine([&] { readBeir(dir.path()); }, "corpus.jsonl:1: invalid JSON"), 1u);

    test::writeText(dir / "corpus.jsonl", "[1, 2]\n");
    test::inputErrorLine([&] { readBeir(dir.path()); }, "corpus.jsonl:1: expected a JSON object");

    test::writeText(dir / "corpus.jsonl", "{\"_id\": \"a\", \"title\": 5}\n");
    test::inputErrorLine([&] { readBeir(dir.path()); }, "corpus.jsonl:1: 'title' must be a string");

    test::writeText(dir / "corpus.jsonl", "\n\n");
    test::inputErrorLine([&] { readBeir(dir.path()); }, "corpus.jsonl: the file is empty");
}

TEST(Beir, DuplicateQueryIdNamesBothLines)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    test::writeText(dir / "queries.jsonl",
                    "{\"_id\": \"q1\", \"text\": \"a\"}\n{\"_id\": \"q1\", \"text\": \"b\"}\n");
    EXPECT_EQ(test::inputErrorLine([&] { readBeir(dir.path()); },
                                   "queries.jsonl:2: duplicate _id 'q1' (first seen on line 1)"),
              2u);
}

TEST(Beir, QrelsErrorsNameFileAndLine)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    test::writeText(dir / "qrels/test.tsv", "q1\td1\t1\n");
    EXPECT_EQ(test::inputErrorLine([&] { readBeir(dir.path()); }, "test.tsv:1: expected the header"), 1u);

    test::writeText(dir / "qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td1\n");
    EXPECT_EQ(
        test::inputErrorLine([&] { readBeir(dir.path()); }, "test.tsv:3: expected 3 tab-separated columns"),
        3u);

    test::writeText(dir / "qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\t0\n");
    EXPECT_EQ(test::inputErrorLine([&] { readBeir(dir.path()); }, "found more"), 2u);

    test::writeText(dir / "qrels/test.tsv", "");
    test::inputErrorLine([&] { readBeir(dir.path()); }, "test.tsv: the file is empty");
}

TEST(Beir, MissingFilesAreInputErrors)
{
    test::ScratchDir dir;
    test::inputErrorLine([&] { readBeir(dir / "nope"); }, "not a folder");
    test::writeText(dir / "queries.jsonl", kQueries);
    test::inputErrorLine([&] { readBeir(dir.path()); }, "corpus.jsonl: file not found");
    test::writeText(dir / "corpus.jsonl", kCorpus);
    test::inputErrorLine([&] { readBeir(dir.path()); }, "no qrels files");
}

TEST(Beir, WriteThenReadKeepsEverything)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    const Dataset original = readBeir(dir.path());
    writeBeir(original, dir / "copy");
    const Dataset copy = readBeir(dir / "copy");
    ASSERT_EQ(copy.corpus.size(), original.corpus.size());
    for (std::size_t i = 0; i < copy.corpus.size(); ++i) {
        EXPECT_EQ(copy.corpus[i].id, original.corpus[i].id);
        EXPECT_EQ(copy.corpus[i].title, original.corpus[i].title);
        EXPECT_EQ(copy.corpus[i].text, original.corpus[i].text);
        EXPECT_EQ(copy.corpus[i].attributes, original.corpus[i].attributes);
    }
    EXPECT_EQ(copy.queries[0].attributes, original.queries[0].attributes);
    ASSERT_EQ(copy.splits.size(), 2u);
    EXPECT_EQ(copy.split("test").judgements[1].label, "1");
    EXPECT_EQ(copy.split("train").judgements[0].queryId, "q2");
}

TEST(Beir, WriteLeavesNothingBehindOnError)
{
    test::ScratchDir dir;
    Dataset dataset;
    dataset.corpus.push_back(Record{"d1", "t", "x", {}});
    dataset.splits["test"].judgements.push_back(Judgement{"q\t1", "d1", "1", 0});
    EXPECT_THROW(writeBeir(dataset, dir / "out"), InputError);
    EXPECT_FALSE(std::filesystem::exists(dir / "out")); // not even an empty folder
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

// A UTF-8 corpus is parsed from its mapping, any other encoding from a converted copy: the same records
// either way, and invalid UTF-8 still named by its line.
TEST(Beir, MappedUtf8AndConvertedEncodingsReadTheSame)
{
    test::ScratchDir dir;
    writeBeirFixture(dir);
    test::writeText(dir / "corpus.jsonl", "{\"_id\": \"d1\", \"title\": \"Bohrmaschine f\xC3\xBCr Holz\"}\n");
    const Dataset utf8 = readBeir(dir.path());
    ASSERT_EQ(utf8.corpus.size(), 1u);
    EXPECT_EQ(utf8.corpus[0].title, "Bohrmaschine f\xC3\xBCr Holz");

    test::writeText(dir / "corpus.jsonl", "{\"_id\": \"d1\", \"title\": \"Bohrmaschine f\xFCr Holz\"}\n");
    test::writeText(dir / "queries.jsonl", kQueries);
    ReadOptions windows;
    windows.encoding = "windows-1252";
    EXPECT_EQ(readBeir(dir.path(), windows).corpus[0].title, utf8.corpus[0].title);

    test::writeText(dir / "corpus.jsonl", "{\"_id\": \"a\"}\n{\"_id\": \"b\", \"title\": \"f\xFCr\"}\n");
    EXPECT_EQ(test::inputErrorLine([&] { readBeir(dir.path()); }, "corpus.jsonl:2"), 2u);
}
