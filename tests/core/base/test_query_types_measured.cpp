// The query-type classifier measured: against the demo shop's generated types (precision and recall of each
// type at least 0.9) and against 100 Home Depot search terms labelled by hand (agreement at least 0.8;
// tests/core/data/homedepot_query_types.tsv, the catalog's titles read from ../shared). The figures are in
// docs/query-types.md.
#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/query_types/dataset_query_types.h"
#include "core/query_types/query_type_classifier.h"
#include "tests/core/test_support.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace near2;

namespace {

void printAgreement(const std::string& what, const TypeAgreement& agreement)
{
    std::cout << what << ": agreement " << agreement.share() << " (" << agreement.agreeing << " of "
              << agreement.total << ")\n";
    for (const auto& [type, score] : agreement.perType)
        std::cout << "  " << type << ": precision " << score.precision() << ", recall " << score.recall()
                  << " (" << score.truePositives << " right, " << score.falsePositives << " too many, "
                  << score.falseNegatives << " missed)\n";
}

} // namespace

TEST(QueryTypesMeasured, DemoShopTypesAreRecoveredWithPrecisionAndRecallOfAtLeast09)
{
    for (const std::uint64_t seed : {42u, 7u}) {
        DemoShopOptions options;
        options.seed = seed;
        const Dataset shop = generateDemoShop(options);
        std::vector<std::string> generated;
        for (const auto& query : shop.queries)
            generated.push_back(*query.attribute("type"));
        const auto agreement = compareTypes(classifiedQueryTypes(shop), generated);
        printAgreement("demo shop, seed " + std::to_string(seed), agreement);
        for (const char* type : {"short", "alphanumeric", "implicit", "specific"}) {
            EXPECT_GE(agreement.perType.at(type).precision(), 0.9) << type << ", seed " << seed;
            EXPECT_GE(agreement.perType.at(type).recall(), 0.9) << type << ", seed " << seed;
        }
    }
}

TEST(QueryTypesMeasured, HomeDepotSampleAgreesWithHandLabelsAtLeast08)
{
    NEAR2_REQUIRE_SHARED(csv, "data/homedepot/train.csv");
    ReadOptions read;
    read.encoding = "windows-1252";
    const Dataset homeDepot = readMappedCsv(
        csv, ColumnMapping::parse("doc-id=product_uid,title=product_title,query=search_term,label=relevance"),
        read);
    const QueryTypeClassifier classifier(homeDepot.corpus);
    std::ifstream labels(std::string(NEAR2_SOURCE_DIR) + "/tests/core/data/homedepot_query_types.tsv");
    ASSERT_TRUE(labels) << "the labelled sample is missing";
    std::vector<std::string> predicted, expected;
    for (std::string line; std::getline(labels, line);) {
        if (line.empty() || line.front() == '#')
            continue;
        const auto tab = line.find('\t');
        ASSERT_NE(tab, std::string::npos) << line;
        predicted.emplace_back(queryTypeName(classifier.classify(line.substr(0, tab))));
        expected.push_back(line.substr(tab + 1));
        ASSERT_TRUE(queryTypeNamed(expected.back())) << line;
    }
    ASSERT_EQ(expected.size(), 100u);
    const auto agreement = compareTypes(predicted, expected);
    printAgreement("Home Depot, 100 search terms labelled by hand", agreement);
    EXPECT_GE(agreement.share(), 0.8);
}
