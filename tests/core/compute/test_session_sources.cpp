// The session layer's file side: the wizard's CSV preview reads only the head of a file (a record cut by the
// head is left out, an encoding's character cut by it too), and a project's dataset source is read with its
// split and encoding, as `near2 eval` reads its options.
#include "core/session/csv_preview.h"
#include "core/session/dataset_files.h"
#include "core/session/evaluation_sources.h"
#include "tests/core/test_support.h"

#include <fstream>
#include <gtest/gtest.h>

namespace near2 {
namespace {

using session::previewCsv;

const std::string kSmallCsv = "product_uid,search_term,relevance\n"
                              "100,bracket,3\n"
                              "101,screws,2.5\n"
                              "102,\"deck\nstain\",1\n"
                              "103,hinge,2\n";

TEST(CsvPreview, ReadsTheHeaderAndTheRowsAskedFor)
{
    test::ScratchDir dir;
    test::writeText(dir / "a.csv", kSmallCsv);
    const auto preview = previewCsv(dir / "a.csv", "UTF-8", 3);
    EXPECT_EQ(preview.header, (std::vector<std::string>{"product_uid", "search_term", "relevance"}));
    ASSERT_EQ(preview.rows.size(), 3u);
    EXPECT_EQ(preview.rows[2], (std::vector<std::string>{"102", "deck\nstain", "1"}));
    EXPECT_EQ(previewCsv(dir / "a.csv", "UTF-8", 20).rows.size(), 4u);
}

// Bytes beyond the head are never decoded: invalid UTF-8 there does not matter, and it would in a full read.
TEST(CsvPreview, ReadsOnlyTheHeadOfALargeFile)
{
    test::ScratchDir dir;
    {
        std::ofstream out(dir / "big.csv", std::ios::binary);
        out << kSmallCsv;
        const std::string tail(1 << 20, '\xFF');
        for (int i = 0; i < 4; ++i)
            out << tail;
    }
    const auto preview = previewCsv(dir / "big.csv", "UTF-8", 20, 64);
    EXPECT_EQ(preview.header.size(), 3u);
    ASSERT_EQ(preview.rows.size(), 2u); // "102,"deck\n" starts in the head, the record ends beyond it
    EXPECT_EQ(preview.rows[1][1], "screws");
    test::inputErrorLine([&] { previewCsv(dir / "big.csv", "UTF-8", 20, 8u << 20); }, "invalid UTF-8");
}

TEST(CsvPreview, ARecordCutByTheHeadIsLeftOut)
{
    test::ScratchDir dir;
    test::writeText(dir / "a.csv", kSmallCsv);
    const std::size_t head = kSmallCsv.find("101") + 5; // in the middle of the second data row
    const auto preview = previewCsv(dir / "a.csv", "UTF-8", 20, head);
    ASSERT_EQ(preview.rows.size(), 1u);
    EXPECT_EQ(preview.rows[0][1], "bracket");
}

TEST(CsvPreview, ACharacterCutByTheHeadIsLeftOutInOtherEncodings)
{
    test::ScratchDir dir;
    std::string utf16 = "\xFF\xFE"; // UTF-16LE with its byte order mark
    for (const char c : std::string("id,title\n1,caf\xC3\xA9\n2,tea\n"))
        if (c != '\xC3') // é is U+00E9: one UTF-16 unit
            utf16 += std::string{c == '\xA9' ? '\xE9' : c, '\0'};
    test::writeText(dir / "u16.csv", utf16);
    const auto full = previewCsv(dir / "u16.csv", "UTF-16", 20);
    ASSERT_EQ(full.rows.size(), 2u);
    EXPECT_EQ(full.rows[0][1], "caf\xC3\xA9");
    const auto cut = previewCsv(dir / "u16.csv", "UTF-16", 20, utf16.size() - 3); // odd: half a unit
    ASSERT_EQ(cut.rows.size(), 1u);
    EXPECT_EQ(cut.rows[0][1], "caf\xC3\xA9");
}

TEST(CsvPreview, RefusesAMissingOrEmptyFile)
{
    test::ScratchDir dir;
    test::inputErrorLine([&] { previewCsv(dir / "none.csv", "UTF-8", 5); }, "no such file");
    test::writeText(dir / "empty.csv", "");
    test::inputErrorLine([&] { previewCsv(dir / "empty.csv", "UTF-8", 5); }, "the file is empty");
    test::writeText(dir / "a.csv", kSmallCsv);
    test::inputErrorLine([&] { previewCsv(dir / "a.csv", "no-such-encoding", 5); }, "unknown text encoding");
}

// A project's BEIR source: only its split is read, in the encoding its mapping spec names (what `near2 eval
// --split --encoding` reads too).
TEST(SessionDataset, BeirSourceReadsItsSplitInItsEncoding)
{
    test::ScratchDir dir;
    std::filesystem::create_directories(dir / "beir" / "qrels");
    test::writeText(dir / "beir" / "corpus.jsonl", "{\"_id\": \"d1\", \"title\": \"caf\xE9\"}\n");
    test::writeText(dir / "beir" / "queries.jsonl", "{\"_id\": \"q1\", \"text\": \"coffee\"}\n");
    test::writeText(dir / "beir" / "qrels" / "test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\n");
    test::writeText(dir / "beir" / "qrels" / "dev.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\n");
    DatasetSource source{"beir", {(dir / "beir").string()}, "", "dev", ""};
    source.columnMapping = session::joinMappingSpec({"", "windows-1252"});
    EXPECT_EQ(source.columnMapping, "encoding=windows-1252");
    const Dataset dataset = session::loadDataset(source);
    EXPECT_EQ(dataset.corpus.at(0).title, "caf\xC3\xA9");
    EXPECT_EQ(dataset.splits.size(), 1u);
    EXPECT_TRUE(dataset.splits.count("dev"));
    source.split = "train";
    test::inputErrorLine([&] { session::loadDataset(source); }, "no qrels split 'train'");
}

TEST(SessionDataset, MappingSpecKeepsTheEncodingBesideTheRoles)
{
    const auto spec = session::splitMappingSpec("query=a,encoding=ISO-8859-1,doc-id=b");
    EXPECT_EQ(spec.roles, "query=a,doc-id=b");
    EXPECT_EQ(spec.encoding, "ISO-8859-1");
    EXPECT_EQ(session::joinMappingSpec(spec), "query=a,doc-id=b,encoding=ISO-8859-1");
    EXPECT_EQ(session::joinMappingSpec({"query=a", "UTF-8"}), "query=a");
}

TEST(SessionEmbeddings, FilesAreNamedByTheirPathsAndMustBeTwo)
{
    const auto names = session::embeddingNames({"embeddings", {"c.npy", "q.npy"}, 0});
    EXPECT_EQ(names.corpus, "c.npy");
    EXPECT_EQ(names.queries, "q.npy");
    test::inputErrorLine(
        [] {
            session::embeddingNames({"embeddings", {"c.npy"}, 0});
        },
        "needs two embedding files");
}

} // namespace
} // namespace near2
