#include "core/demo/demo_query.h"
#include "core/demo/esci_labels.h"
#include "core/demo/judged_pool.h"

#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>
#include <map>

using namespace near2::demo;

namespace {

std::size_t categoryIndex(const char* name)
{
    return static_cast<std::size_t>(findCategory(demoCatalog(), name));
}

DemoProduct product(const char* category, std::size_t line, const char* model,
                    std::vector<std::size_t> values)
{
    return {categoryIndex(category), line, model, std::move(values)};
}

std::size_t attributeIndex(const char* category, const char* name)
{
    return static_cast<std::size_t>(findAttribute(demoCatalog()[categoryIndex(category)], name));
}

} // namespace

TEST(DemoShopRules, LabelsFollowTheConstraints)
{
    const auto& catalog = demoCatalog();
    // "galaxy s23 256gb": the Galaxy S23 line (0), storage 256GB (value 2).
    QuerySpec query;
    query.category = categoryIndex("Phones");
    query.line = 0;
    query.attributes = {{attributeIndex("Phones", "storage"), 2}};

    EXPECT_EQ(judge(query, product("Phones", 0, "SM-S911U", {2, 0, 0, 0}), catalog), Esci::Exact);
    EXPECT_EQ(judge(query, product("Phones", 0, "SM-S911U", {1, 0, 0, 0}), catalog), Esci::Substitute);
    EXPECT_EQ(judge(query, product("Phones", 3, "A3120", {2, 0, 0, 0}), catalog), Esci::Substitute);
    EXPECT_EQ(judge(query, product("Phones", 3, "A3120", {1, 0, 0, 0}), catalog), Esci::Irrelevant);
    // Cases: fits is attribute 0; value 0 = Galaxy S23, value 3 = iPhone 15.
    EXPECT_EQ(judge(query, product("Phone Cases", 0, "OB77-91234", {0, 0, 0, 0}), catalog), Esci::Complement);
    EXPECT_EQ(judge(query, product("Phone Cases", 0, "OB77-91234", {3, 0, 0, 0}), catalog), Esci::Irrelevant);
    EXPECT_EQ(judge(query, product("Cables", 0, "A8112", {1, 0, 0, 0}), catalog), Esci::Complement);
    EXPECT_EQ(judge(query, product("Drills", 0, "DCD771C2", {0, 0, 0, 0}), catalog), Esci::Irrelevant);
}

TEST(DemoShopRules, CaseQueriesComplementTheirPhoneOnly)
{
    const auto& catalog = demoCatalog();
    QuerySpec query; // "iphone 15 case"
    query.category = categoryIndex("Phone Cases");
    query.attributes = {{attributeIndex("Phone Cases", kFitsAttribute), 3}};
    EXPECT_EQ(judge(query, product("Phone Cases", 2, "ACS01234", {3, 1, 0, 2}), catalog), Esci::Exact);
    EXPECT_EQ(judge(query, product("Phone Cases", 2, "ACS01234", {4, 1, 0, 2}), catalog), Esci::Substitute);
    EXPECT_EQ(judge(query, product("Phones", 3, "A3120", {1, 0, 0, 0}), catalog), Esci::Complement);
    EXPECT_EQ(judge(query, product("Phones", 0, "SM-S911U", {1, 0, 0, 0}), catalog), Esci::Irrelevant);
}

TEST(DemoShopRules, ModelNumberPinsItsLine)
{
    const auto& catalog = demoCatalog();
    QuerySpec query; // "sn570 1tb"
    query.category = categoryIndex("SSDs");
    query.line = 2;
    query.model = "SN570";
    query.attributes = {{attributeIndex("SSDs", "capacity"), 2}};
    EXPECT_EQ(query.constraintCount(), 3u);
    EXPECT_EQ(judge(query, product("SSDs", 2, "SN570", {2, 1, 0}), catalog), Esci::Exact);
    EXPECT_EQ(judge(query, product("SSDs", 2, "SN580", {2, 1, 0}), catalog), Esci::Substitute);
    EXPECT_EQ(judge(query, product("SSDs", 2, "SN570", {3, 1, 0}), catalog), Esci::Substitute);
    EXPECT_EQ(judge(query, product("SSDs", 0, "MZ-V8P1T0B", {2, 0, 0}), catalog), Esci::Irrelevant);
}

TEST(DemoShopRules, GeneratedQueriesMeetTheirTargetAndImplicitOnesAvoidProductWords)
{
    const auto& catalog = demoCatalog();
    DemoRandom random(3);
    const auto products = generateProducts(600, catalog, random);
    for (const auto& target : products) {
        for (const auto type :
             {QueryType::Short, QueryType::Alphanumeric, QueryType::Implicit, QueryType::Specific}) {
            const auto query = generateQuery(type, target, catalog, random);
            EXPECT_EQ(judge(query.spec, target, catalog), Esci::Exact) << query.text;
            if (type == QueryType::Alphanumeric) {
                EXPECT_TRUE(hasAlphanumericToken(query.text)) << query.text;
            }
            if (type != QueryType::Implicit)
                continue;
            std::string lower = " ";
            for (const char c : query.text)
                lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            lower += " ";
            for (const auto& noun : catalog[target.category].nouns)
                for (const auto& form : noun.typed)
                    EXPECT_EQ(lower.find(" " + form + " "), std::string::npos) << query.text << " / " << form;
        }
    }
}

TEST(DemoShopRules, EveryCategoryHasAnOpenNeedAndComplements)
{
    const auto& catalog = demoCatalog();
    EXPECT_GE(catalog.size(), 10u);
    for (const auto& category : catalog) {
        EXPECT_TRUE(std::any_of(category.needs.begin(), category.needs.end(), [](const ImplicitNeed& need) {
            return need.attribute.empty();
        })) << category.name;
        EXPECT_FALSE(category.complements.empty()) << category.name;
        for (const auto& name : category.complements)
            EXPECT_GE(findCategory(catalog, name), 0) << name;
        for (const auto& need : category.needs)
            if (!need.attribute.empty()) {
                const long attribute = findAttribute(category, need.attribute);
                ASSERT_GE(attribute, 0) << need.attribute;
                const auto& values = category.attributes[static_cast<std::size_t>(attribute)].values;
                EXPECT_TRUE(std::any_of(values.begin(), values.end(), [&](const Forms& value) {
                    return value.display == need.value;
                })) << need.value;
            }
    }
}

TEST(DemoShopRules, ModelNumbersMixLettersAndDigits)
{
    DemoRandom random(11);
    for (const auto& category : demoCatalog())
        for (const auto& line : category.lines)
            EXPECT_TRUE(isAlphanumericToken(expandModelPattern(line.modelPattern, random)))
                << line.modelPattern;
}

TEST(DemoShopRules, ComplementsMustFitBothWays)
{
    const auto& catalog = demoCatalog();
    QuerySpec monitor; // "27in monitor"
    monitor.category = categoryIndex("Monitors");
    // Cables: type 0 USB-C to USB-C, 1 USB-C to Lightning, 2 HDMI 2.1, 3 DisplayPort 1.4.
    EXPECT_EQ(judge(monitor, product("Cables", 0, "A8112", {2, 0, 0, 0}), catalog), Esci::Complement);
    EXPECT_EQ(judge(monitor, product("Cables", 0, "A8112", {3, 0, 0, 0}), catalog), Esci::Complement);
    EXPECT_EQ(judge(monitor, product("Cables", 0, "A8112", {1, 0, 0, 0}), catalog), Esci::Irrelevant);
    QuerySpec lightning; // "lightning cable": a phone goes with it, a monitor does not
    lightning.category = categoryIndex("Cables");
    lightning.attributes = {{attributeIndex("Cables", "type"), 1}};
    EXPECT_EQ(judge(lightning, product("Phones", 3, "A3120", {1, 0, 0, 0}), catalog), Esci::Complement);
    EXPECT_EQ(judge(lightning, product("Monitors", 0, "S2421QS", {0, 0, 0, 0, 0, 0}), catalog),
              Esci::Irrelevant);
}

TEST(DemoShopRules, JudgementsAreCompleteForEveryGeneratedQuery)
{
    // Recomputed from the rendered records (their category, brand, line, model and attribute fields), not
    // from the generator's own label function: every product meeting all of a query's constraints must be
    // judged Exact, every one missing exactly one must be judged Substitute.
    const auto& catalog = demoCatalog();
    DemoRandom random(5);
    const auto products = generateProducts(1500, catalog, random);
    std::vector<near2::Record> records;
    for (std::size_t i = 0; i < products.size(); ++i)
        records.push_back(renderProduct(products[i], catalog, "p" + std::to_string(i), random));
    const TitleIndex titles(records);
    const auto byCategory = productsByCategory(products, catalog.size());
    std::size_t exact = 0, substitutes = 0;
    for (std::size_t q = 0; q < 200; ++q) {
        const auto type = static_cast<QueryType>(q % 4);
        const auto query = generateQuery(type, products[q], catalog, random);
        const auto judged =
            judgeCatalog(query.spec, query.text, products, byCategory, catalog, titles, random);
        std::map<std::size_t, Esci> labelOf;
        for (const auto& product : judged)
            labelOf[product.product] = product.label;
        const auto& category = catalog[query.spec.category];
        for (std::size_t i = 0; i < records.size(); ++i) {
            const auto& record = records[i];
            if (*record.attribute("category") != category.name)
                continue;
            std::size_t missed = 0;
            if (!query.spec.brand.empty() && *record.attribute("brand") != query.spec.brand)
                ++missed;
            if (query.spec.line >= 0 &&
                *record.attribute("line") !=
                    category.lines[static_cast<std::size_t>(query.spec.line)].name.display)
                ++missed;
            if (!query.spec.model.empty() && *record.attribute("model") != query.spec.model)
                ++missed;
            for (const auto& [attribute, value] : query.spec.attributes) {
                const auto* shown = record.attribute(category.attributes[attribute].name);
                if (!shown || *shown != category.attributes[attribute].values[value].display)
                    ++missed;
            }
            if (missed > 1)
                continue;
            const auto found = labelOf.find(i);
            ASSERT_NE(found, labelOf.end()) << query.text << ": " << record.title;
            EXPECT_EQ(found->second, missed == 0 ? Esci::Exact : Esci::Substitute)
                << query.text << ": " << record.title;
            ++(missed == 0 ? exact : substitutes);
        }
    }
    EXPECT_GT(exact, 1000u);
    EXPECT_GT(substitutes, 1000u);
}
