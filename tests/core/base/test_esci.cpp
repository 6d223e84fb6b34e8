#include "core/data/loaders.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

constexpr const char* kProducts =
    "product_id,product_title,product_description,product_brand,product_color,product_locale\n"
    "B1,\"Drill, cordless\",\"Two\nlines\",Acme,red,us\n"
    "B2,Saw,,,,us\n"
    "B1,Drill (es),otro,Acme,rojo,es\n";
constexpr const char* kExamples = "example_id,query_id,query,product_id,esci_label,split\n"
                                  "1,7,drill,B1,E,train\n"
                                  "2,7,drill,B2,I,train\n"
                                  "3,8,\"hand \"\"saw\"\"\",B2,S,test\n";

} // namespace

TEST(Esci, ReadsProductsQueriesAndSplits)
{
    test::ScratchDir dir;
    test::writeText(dir / "products.csv", kProducts);
    test::writeText(dir / "examples.csv", kExamples);
    const Dataset dataset = readEsci(dir / "examples.csv", dir / "products.csv");
    ASSERT_EQ(dataset.corpus.size(), 2u); // B1 repeats for another locale: the first row wins
    EXPECT_EQ(dataset.corpus[0].title, "Drill, cordless");
    EXPECT_EQ(dataset.corpus[0].text, "Two\nlines");
    EXPECT_EQ(*dataset.corpus[0].attribute("brand"), "Acme");
    EXPECT_EQ(*dataset.corpus[0].attribute("color"), "red");
    EXPECT_EQ(*dataset.corpus[0].attribute("locale"), "us");
    EXPECT_EQ(dataset.corpus[1].attribute("brand"), nullptr); // empty values are left out
    ASSERT_EQ(dataset.queries.size(), 2u);
    EXPECT_EQ(dataset.queries[0].id, "7");
    EXPECT_EQ(dataset.queries[1].text, "hand \"saw\"");
    ASSERT_EQ(dataset.split("train").judgements.size(), 2u);
    EXPECT_EQ(dataset.split("train").judgements[1].label, "I");
    ASSERT_EQ(dataset.split("test").judgements.size(), 1u);
    EXPECT_EQ(dataset.split("test").judgements[0].line, 4u);
}

TEST(Esci, ReadsTsvAndKeepsOnlyARequestedSplit)
{
    test::ScratchDir dir;
    test::writeText(dir / "products.tsv", "product_id\tproduct_title\nB1\tDrill\nB2\tSaw\n");
    test::writeText(dir / "examples.tsv", "query_id\tquery\tproduct_id\tesci_label\tsplit\n"
                                          "7\tdrill\tB1\tE\ttrain\n8\tsaw\tB2\tC\ttest\n");
    ReadOptions options;
    options.split = "test";
    const Dataset dataset = readEsci(dir / "examples.tsv", dir / "products.tsv", options);
    EXPECT_EQ(dataset.corpus[1].title, "Saw");
    ASSERT_EQ(dataset.splits.size(), 1u);
    EXPECT_EQ(dataset.split("test").judgements[0].label, "C");
    options.split = "dev";
    test::inputErrorLine([&] { readEsci(dir / "examples.tsv", dir / "products.tsv", options); },
                   "no qrels split 'dev' (available: test, train)");
}

TEST(Esci, MissingColumnIsNamed)
{
    test::ScratchDir dir;
    test::writeText(dir / "products.csv", kProducts);
    test::writeText(dir / "examples.csv", "query_id,query,product_id,split\n7,drill,B1,train\n");
    test::inputErrorLine([&] { readEsci(dir / "examples.csv", dir / "products.csv"); },
                   "examples.csv: field 'esci_label': missing column");
    test::writeText(dir / "products.csv", "id,product_title\nB1,x\n");
    test::inputErrorLine([&] { readEsci(dir / "examples.csv", dir / "products.csv"); },
                   "products.csv: field 'product_id': missing column");
}

TEST(Esci, RowErrorsNameTheLine)
{
    test::ScratchDir dir;
    test::writeText(dir / "products.csv", kProducts);
    test::writeText(dir / "examples.csv", "query_id,query,product_id,esci_label,split\n7,drill,B1,E,train\n"
                                          "8,\"multi\nline\",B2,S\n");
    EXPECT_EQ(test::inputErrorLine([&] { readEsci(dir / "examples.csv", dir / "products.csv"); },
                             "examples.csv:3: expected 5 fields"),
              3u);
    test::writeText(dir / "examples.csv", "query_id,query,product_id,esci_label,split\n7,drill,B1,,train\n");
    EXPECT_EQ(test::inputErrorLine([&] { readEsci(dir / "examples.csv", dir / "products.csv"); },
                             "examples.csv:2: empty value in column 'esci_label'"),
              2u);
    test::writeText(dir / "examples.csv", "");
    test::inputErrorLine([&] { readEsci(dir / "examples.csv", dir / "products.csv"); },
                   "examples.csv: the file is empty");
}
