// The query-type classifier on hand-made queries of each type and edge cases, against a small hand-made
// catalog (its vocabulary is what the classifier learns), and the dataset-level helpers.
#include "core/query_types/dataset_query_types.h"
#include "core/query_types/query_type_classifier.h"
#include "core/query_types/query_words.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

Record product(std::string id, std::string title, std::string category)
{
    Record record;
    record.id = std::move(id);
    record.title = std::move(title);
    record.attributes = {{"category", std::move(category)}};
    return record;
}

std::vector<Record> handMadeCatalog()
{
    int n = 0;
    auto id = [&] { return "p" + std::to_string(++n); };
    return {
        product(id(), "DeWalt 20V MAX DCD771C2 Cordless Drill, Kit with 2 Batteries", "Drills"),
        product(id(), "Makita LXT XFD131 Cordless Drill, Tool Only", "Drills"),
        product(id(), "Ryobi ONE+ P215 Cordless Drill, Tool Only", "Drills"),
        product(id(), "Samsung Galaxy S23 SM-S911U Smartphone, 256GB, Black", "Phones"),
        product(id(), "Samsung Galaxy S23 SM-S916U Smartphone, 128GB, Green", "Phones"),
        product(id(), "Samsung Galaxy Note 3 SM-N900 Smartphone, 32GB, Black", "Phones"),
        product(id(), "Apple iPhone 15 A3090 Smartphone, 128GB, Blue", "Phones"),
        product(id(), "Apple iPhone 4 A1332 Smartphone, 16GB, White, Renewed", "Phones"),
        product(id(), "OtterBox Defender Phone Case, iPhone 15, Black", "Phone Cases"),
        product(id(), "OtterBox Defender Phone Case, iPhone 4, Blue", "Phone Cases"),
        product(id(), "Spigen Tough Armor Phone Case, Galaxy S23, Clear", "Phone Cases"),
        product(id(), "SanDisk Ultra 16 GB microSD Memory Card", "Memory Cards"),
        product(id(), "Samsung EVO Select 64GB microSD Memory Card", "Memory Cards"),
        product(id(), "Microsoft Xbox 360 Console, 250GB, Black", "Consoles"),
        product(id(), "Sony PlayStation 5 Console, Digital Edition", "Consoles"),
        product(id(), "Frigidaire 18 cu. ft. Top Freezer Refrigerator in White", "Refrigerators"),
        product(id(), "GE 21.9 cu. ft. French Door Refrigerator in Stainless Steel", "Refrigerators"),
        product(id(), "Whirlpool 20 cu. ft. Top Freezer Refrigerator in Black", "Refrigerators"),
        product(id(), "LEGO Classic Creative Bricks Set, 484 Pieces", "Toys"),
        product(id(), "LEGO City Fire Station Set", "Toys"),
        product(id(), "Stanley Classic Vacuum Bottle, 20 oz, Green", "Drinkware"),
        product(id(), "Hydro Flask Wide Mouth Vacuum Bottle, 32 oz, Black", "Drinkware"),
        product(id(), "Contigo West Loop Travel Mug, 16oz, Black", "Drinkware"),
        product(id(), "Contigo Byron Travel Mug, 20oz, Blue", "Drinkware"),
        product(id(), "2 in. x 4 in. x 8 ft. Premium Kiln-Dried Whitewood Stud", "Lumber"),
        product(id(), "2 in. x 6 in. x 10 ft. Pressure-Treated Pine Stud", "Lumber"),
        product(id(), "Glacier Bay Modern Kitchen Sink Faucet in Chrome", "Faucets"),
        product(id(), "Delta Foundations Kitchen Sink Faucet in Stainless", "Faucets"),
        product(id(), "Moen Adler Kitchen Sink Faucet with Sprayer in Black", "Faucets"),
    };
}

const QueryTypeClassifier& classifier()
{
    static const QueryTypeClassifier instance(handMadeCatalog());
    return instance;
}

std::string typeOf(const std::string& query)
{
    return queryTypeName(classifier().classify(query));
}

} // namespace

TEST(QueryWords, NormaliseCaseWidthAndPunctuation)
{
    const auto words = queryWords("  M.2  USB-C Women's １６ＧＢ ½ - 16oz ");
    ASSERT_EQ(words.size(), 6u);
    EXPECT_EQ(words[0].norm, "m2");
    EXPECT_TRUE(words[0].hasDigit);
    EXPECT_FALSE(words[0].numeric);
    EXPECT_EQ(words[1].norm, "usbc");
    EXPECT_EQ(words[2].norm, "womens");
    EXPECT_EQ(words[3].norm, "16gb"); // full-width letters and digits become ASCII (NFKC)
    EXPECT_TRUE(words[4].hasDigit);   // ½ is a number
    EXPECT_TRUE(words[4].numeric);
    EXPECT_EQ(words[5].norm, "16oz");
    EXPECT_TRUE(queryWords("").empty());
    EXPECT_TRUE(queryWords(" - & ").empty());
}

TEST(QueryWords, TitlePartsSplitAtTitlePunctuation)
{
    const auto parts = titleParts("WD Blue SN570 Internal SSD, 1TB (NVMe) - M.2");
    ASSERT_EQ(parts.size(), 4u);
    EXPECT_EQ(parts[0], (std::vector<std::string>{"wd", "blue", "sn570", "internal", "ssd"}));
    EXPECT_EQ(parts[1], (std::vector<std::string>{"1tb"}));
    EXPECT_EQ(parts[2], (std::vector<std::string>{"nvme"}));
    EXPECT_EQ(parts[3], (std::vector<std::string>{"m2"}));
}

TEST(CatalogVocabulary, LearnsTypeWordsTyposAndPlurals)
{
    const auto& vocabulary = classifier().vocabulary();
    for (const char* word : {"drill", "smartphone", "case", "card", "console", "refrigerator", "bottle",
                             "mug", "stud", "faucet", "drills", "phones", "cases"})
        EXPECT_TRUE(vocabulary.isTypeWord(word)) << word;
    for (const char* word : {"black", "samsung", "galaxy", "cordless", "classic"})
        EXPECT_FALSE(vocabulary.isTypeWord(word)) << word;
    EXPECT_EQ(vocabulary.resolve("refrigirator"), "refrigerator"); // one letter changed
    EXPECT_EQ(vocabulary.resolve("refrigrator"), "refrigerator");  // one letter missing
    EXPECT_EQ(vocabulary.resolve("smartphonne"), "smartphone");    // one letter doubled
    EXPECT_EQ(vocabulary.resolve("legos"), "lego");                // a plural
    EXPECT_EQ(vocabulary.resolve("bottles"), "bottle");
    EXPECT_EQ(vocabulary.resolve("wombat"), "");
    EXPECT_TRUE(vocabulary.isTitleBigram("cordless", "drill"));
    EXPECT_FALSE(vocabulary.isTitleBigram("drill", "cordless"));
}

TEST(QueryTypeClassifier, ShortQueries)
{
    for (const char* query : {"drill", "samsung phone", "Cordless Drill", "refrigirator", "legos", "LEGO",
                              "travel mugs", "wombat", "réfrigérateur", "Kühlschrank weiß", "电冰箱"})
        EXPECT_EQ(typeOf(query), "short") << query;
}

TEST(QueryTypeClassifier, AlphanumericQueries)
{
    for (const char* query :
         {"xbox 360", "iphone 4 case", "galaxy note 3", "16 gb memory card", "16oz", "16oz travel mug", "2x4",
          "2x4 stud", "DCD771C2", "sm-s911u", "SM-S911U 256GB", "#SC-141", "１６ＧＢ memory card",
          "½ in drill", "playstation 5", "2 in. x 4 in. x 8 ft. stud", "galaxy s23 case"})
        EXPECT_EQ(typeOf(query), "alphanumeric") << query;
}

TEST(QueryTypeClassifier, ImplicitQueries)
{
    for (const char* query :
         {"keep coffee hot for hours", "how to make holes in a brick wall", "something to protect my phone",
          "i need to store leftovers", "what to get a teenage gamer", "best way to carry soup to work",
          "keep drinks ice cold all day at the beach", "put up shelves in my apartment",
          "play new games at 4k ultra settings"})
        EXPECT_EQ(typeOf(query), "implicit") << query;
}

TEST(QueryTypeClassifier, SpecificQueries)
{
    for (const char* query :
         {"samsung galaxy s23 256gb black smartphone", "otterbox defender iphone 15 black case",
          "hydro flask wide mouth 32 oz black vacuum bottle", "contigo west loop 16oz blue travel mug",
          "frigidaire top freezer white 18 cu ft refrigerator", "makita lxt tool only cordless drill black"})
        EXPECT_EQ(typeOf(query), "specific") << query;
}

TEST(QueryTypeClassifier, OtherQueriesAndEdgeCases)
{
    // Three or more words naming a product with fewer than three attributes.
    for (const char* query : {"french door refrigerator", "kitchen sink faucet", "black travel mug",
                              "stainless kitchen sink faucet"})
        EXPECT_EQ(typeOf(query), "other") << query;
    EXPECT_EQ(typeOf(""), "other");
    EXPECT_EQ(typeOf("  -  "), "other");
    // A misspelt long product query is not implicit: its words are the catalog's, one edit away.
    EXPECT_NE(typeOf("frigidare top frezer refrigirator"), "implicit");
    // Deterministic: the same query, the same type.
    EXPECT_EQ(typeOf("keep coffee hot for hours"), typeOf("keep coffee hot for hours"));
}

TEST(DatasetQueryTypes, TheDatasetsOwnTypeWins)
{
    Dataset dataset;
    dataset.corpus = handMadeCatalog();
    dataset.queries = {{"q1", "", "xbox 360", {{"type", "specific"}}},
                       {"q2", "", "xbox 360", {}},
                       {"q3", "", "keep coffee hot for hours", {{"type", ""}}}};
    EXPECT_EQ(resolvedQueryTypes(dataset),
              (std::vector<std::string>{"specific", "alphanumeric", "implicit"}));
    EXPECT_EQ(classifiedQueryTypes(dataset),
              (std::vector<std::string>{"alphanumeric", "alphanumeric", "implicit"}));
}

TEST(DatasetQueryTypes, PrecisionRecallAndAgreement)
{
    const auto agreement =
        compareTypes({"short", "short", "implicit", "specific"}, {"short", "implicit", "implicit", "other"});
    EXPECT_EQ(agreement.agreeing, 2u);
    EXPECT_DOUBLE_EQ(agreement.share(), 0.5);
    EXPECT_DOUBLE_EQ(agreement.perType.at("short").precision(), 0.5); // 1 of 2 predicted
    EXPECT_DOUBLE_EQ(agreement.perType.at("short").recall(), 1.0);
    EXPECT_DOUBLE_EQ(agreement.perType.at("implicit").precision(), 1.0);
    EXPECT_DOUBLE_EQ(agreement.perType.at("implicit").recall(), 0.5); // 1 of 2 expected
    EXPECT_DOUBLE_EQ(agreement.perType.at("other").recall(), 0.0);
    EXPECT_DOUBLE_EQ(agreement.perType.at("specific").precision(), 0.0);
    EXPECT_THROW(compareTypes({"short"}, {}), std::invalid_argument);
}
