#include "core/data/holdout.h"
#include "core/data/loaders.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <set>

using namespace near2;

namespace {

const ColumnMapping kHomeDepotMapping =
    ColumnMapping::parse("doc-id=product_uid,title=product_title,query=search_term,label=relevance");

constexpr const char* kRows = "\"id\",\"product_uid\",\"product_title\",\"search_term\",\"relevance\"\n"
                              "2,100001,\"Simpson Angle\",\"angle bracket\",3\n"
                              "3,100001,\"Simpson Angle (other title)\",\"l bracket\",2.5\n"
                              "9,100002,\"Behr Paint\",\"angle bracket\",1.67\n";

} // namespace

TEST(ColumnMapping, ParsesRoles)
{
    const auto mapping =
        ColumnMapping::parse(" query-id=qid, query=q ,doc-id=d,title=t,text=x,label=l,split=s");
    EXPECT_EQ(mapping.queryId, "qid");
    EXPECT_EQ(mapping.query, "q");
    EXPECT_EQ(mapping.docId, "d");
    EXPECT_EQ(mapping.title, "t");
    EXPECT_EQ(mapping.text, "x");
    EXPECT_EQ(mapping.label, "l");
    EXPECT_EQ(mapping.split, "s");
    EXPECT_EQ(mapping.defaultSplit, "test");
}

TEST(ColumnMapping, RejectsBadSpecs)
{
    test::inputErrorLine([] { ColumnMapping::parse("query=q,doc=d,label=l"); }, "unknown role 'doc'");
    test::inputErrorLine([] { ColumnMapping::parse("query=q,doc-id,label=l"); }, "must look like role=column");
    test::inputErrorLine([] { ColumnMapping::parse("query=q,doc-id=d"); }, "no column for the role 'label'");
}

TEST(MappedCsv, ReadsOneJudgementPerRow)
{
    test::ScratchDir dir;
    test::writeText(dir / "train.csv", kRows);
    const Dataset dataset = readMappedCsv(dir / "train.csv", kHomeDepotMapping);
    ASSERT_EQ(dataset.corpus.size(), 2u);
    EXPECT_EQ(dataset.corpus[0].id, "100001");
    EXPECT_EQ(dataset.corpus[0].title, "Simpson Angle"); // the first title wins
    ASSERT_EQ(dataset.queries.size(), 2u);
    EXPECT_EQ(dataset.queries[0].text, "angle bracket");
    EXPECT_EQ(dataset.queries[0].id.size(), 13u);
    EXPECT_EQ(dataset.queries[0].id[0], 'q');
    const Qrels& qrels = dataset.split("test"); // the default split
    ASSERT_EQ(qrels.judgements.size(), 3u);
    EXPECT_EQ(qrels.judgements[2].queryId, dataset.queries[0].id); // same text, same id
    EXPECT_EQ(qrels.judgements[2].label, "1.67");
    EXPECT_EQ(qrels.judgements[2].line, 4u);
    // Stable across runs: the id depends on nothing but the text.
    EXPECT_EQ(readMappedCsv(dir / "train.csv", kHomeDepotMapping).queries[1].id, dataset.queries[1].id);
}

TEST(MappedCsv, UsesQueryIdAndSplitColumns)
{
    test::ScratchDir dir;
    test::writeText(dir / "j.tsv",
                    "qid\tq\tdoc\tgrade\tpart\nA\tdrill\tD1\t2\tdev\nA\tdrill\tD2\t0\ttrain\n");
    const auto mapping = ColumnMapping::parse("query-id=qid,query=q,doc-id=doc,label=grade,split=part");
    const Dataset dataset = readMappedCsv(dir / "j.tsv", mapping);
    ASSERT_EQ(dataset.queries.size(), 1u);
    EXPECT_EQ(dataset.queries[0].id, "A");
    EXPECT_EQ(dataset.split("dev").judgements[0].docId, "D1");
    EXPECT_EQ(dataset.split("train").judgements[0].line, 3u);
}

TEST(MappedCsv, ErrorsNameFileColumnAndLine)
{
    test::ScratchDir dir;
    test::writeText(dir / "train.csv", kRows);
    test::inputErrorLine(
        [&] {
            readMappedCsv(dir / "train.csv",
                          ColumnMapping::parse("query=q,doc-id=product_uid,label=relevance"));
        },
        "train.csv: field 'q': missing column");
    test::writeText(dir / "bad.csv",
                    "product_uid,product_title,search_term,relevance\n1,a,b,3\n2,\"x\n\",c\n");
    EXPECT_EQ(test::inputErrorLine([&] { readMappedCsv(dir / "bad.csv", kHomeDepotMapping); },
                             "bad.csv:3: expected 4 fields"),
              3u);
    test::writeText(dir / "header-only.csv", "product_uid,product_title,search_term,relevance\n");
    test::inputErrorLine([&] { readMappedCsv(dir / "header-only.csv", kHomeDepotMapping); }, "no data rows");
}

TEST(MappedCsv, DecodesWindows1252)
{
    test::ScratchDir dir;
    test::writeText(dir / "cp.csv",
                    "product_uid,product_title,search_term,relevance\n1,Caf\xE9 table 36\x94,table,3\n");
    ReadOptions options;
    options.encoding = "windows-1252";
    const Dataset dataset = readMappedCsv(dir / "cp.csv", kHomeDepotMapping, options);
    EXPECT_EQ(dataset.corpus[0].title, "Caf\xC3\xA9 table 36\xE2\x80\x9D");
    EXPECT_EQ(
        test::inputErrorLine([&] { readMappedCsv(dir / "cp.csv", kHomeDepotMapping); }, "cp.csv:2: invalid UTF-8"),
        2u);
}

TEST(Holdout, IsDeterministicAndSplitsByQuery)
{
    Dataset dataset;
    for (int q = 0; q < 100; ++q)
        for (int d = 0; d < 3; ++d)
            dataset.splits["all"].judgements.push_back(Judgement{"q" + std::to_string(q),
                                                                 "d" + std::to_string(d), "1",
                                                                 static_cast<std::size_t>(q * 3 + d + 2)});
    Dataset first = dataset, second = dataset, otherSeed = dataset;
    applyQueryHoldout(first, 0.2, 13);
    applyQueryHoldout(second, 0.2, 13);
    applyQueryHoldout(otherSeed, 0.2, 14);
    ASSERT_EQ(first.split("test").judgements.size(), 60u); // 20 queries × 3
    EXPECT_EQ(first.split("train").judgements.size(), 240u);
    std::set<std::string> testQueries, trainQueries, otherTestQueries;
    for (const auto& j : first.split("test").judgements)
        testQueries.insert(j.queryId);
    for (const auto& j : first.split("train").judgements)
        trainQueries.insert(j.queryId);
    for (const auto& j : otherSeed.split("test").judgements)
        otherTestQueries.insert(j.queryId);
    EXPECT_EQ(testQueries.size(), 20u);
    for (const auto& q : testQueries)
        EXPECT_FALSE(trainQueries.contains(q));
    for (std::size_t i = 0; i < 60; ++i)
        EXPECT_EQ(second.split("test").judgements[i].queryId, first.split("test").judgements[i].queryId);
    EXPECT_NE(otherTestQueries, testQueries);
    EXPECT_THROW(applyQueryHoldout(dataset, 1.0, 13), InputError);
}

TEST(HomeDepot, ReadsTheRealTrainFile)
{
    NEAR2_REQUIRE_SHARED(file, "data/homedepot/train.csv");
    ReadOptions options;
    options.encoding = "windows-1252";
    const Dataset dataset = readMappedCsv(file, kHomeDepotMapping, options);
    EXPECT_EQ(dataset.split("test").judgements.size(), 74067u);
    EXPECT_EQ(dataset.queries.size(), 11795u);
    EXPECT_EQ(dataset.corpus.size(), 54667u);
    EXPECT_EQ(dataset.split("test").judgements[0].line, 2u);
    // The file's bytes E5 A1 are "å¡" in Windows-1252 (the source data was already mojibake).
    const RecordIndex products(dataset.corpus);
    ASSERT_GE(products.find("100179"), 0);
    EXPECT_EQ(dataset.corpus[static_cast<std::size_t>(products.find("100179"))].title,
              "Paslode 3 in. x 0.120-Gauge 30\u00e5\u00a1 Galvanized Ring Shank Paper Tape Framing Nails "
              "(2,000-Pack)");
}
