#pragma once
// The demo shop's vocabulary: categories of products with their brands, product lines, model-number
// patterns, attributes, the needs a shopper might describe instead of naming the product, and which
// categories complement which. Synthetic: written for the demo, loosely after real catalogs.
#include <cstddef>
#include <string>
#include <vector>

namespace near2::demo {

// One wording of a value, written "Display|typed|typed": the display form appears in titles and
// descriptions (empty: not shown), the typed forms are how shoppers write it (none: never a query term).
struct Forms
{
    Forms(const char* encoded); // NOLINT(google-explicit-constructor): tables list plain strings
    std::string display;
    std::vector<std::string> typed;
};

struct AttributeSpec
{
    std::string name;          // "capacity"
    bool perModel = false;     // fixed by the model number (a GPU's memory) or varying per listing (colour)
    std::vector<Forms> values; // possible values
};

struct ProductLineSpec
{
    Forms brand;              // "Western Digital|wd|western digital"
    Forms name;               // "Blue|wd blue"
    std::string modelPattern; // '#' a digit, '@' a capital letter, anything else literal: "SN5#0"
};

// A need phrased without the product's words ("keep coffee hot for hours"), optionally implying one
// attribute value (the display form) of the product that meets it.
struct ImplicitNeed
{
    std::string text;
    std::string attribute;
    std::string value;
};

// Which products of a complementary category go with this one: only those whose `attribute` takes one of
// `values` (display forms), e.g. a monitor goes with HDMI and DisplayPort cables, not Lightning ones.
struct ComplementFit
{
    std::string category;
    std::string attribute;
    std::vector<std::string> values;
};

struct CategorySpec
{
    std::string name;                       // "SSDs"
    std::vector<Forms> nouns;               // the first display form names the product in titles…
    std::string nounAttribute = {};         // …unless this attribute's value names it ("Travel Mug")
    std::vector<ProductLineSpec> lines;     // every line has at least one brand and one model pattern
    std::vector<AttributeSpec> attributes;  // in title order
    std::vector<ImplicitNeed> needs;        // at least one without an attribute
    std::vector<std::string> sellingPoints; // sentences for descriptions
    std::vector<std::string> complements;   // names of categories whose products go with this one
    std::vector<ComplementFit> fits = {};   // restrictions on some of those categories (none: any product)
    double weight = 1.0;                    // share of the catalog, relative
};

// A phone case's "fits" attribute names the phone line it fits (the display form of a phone line).
inline constexpr const char* kFitsAttribute = "fits";

// All categories, in a fixed order.
const std::vector<CategorySpec>& demoCatalog();

// Position of the attribute called `name` in `category`, or -1.
long findAttribute(const CategorySpec& category, const std::string& name);
// Position of the category called `name`, or -1.
long findCategory(const std::vector<CategorySpec>& catalog, const std::string& name);

// The tables, split by department.
std::vector<CategorySpec> electronicsCategories();
std::vector<CategorySpec> computerCategories();
std::vector<CategorySpec> kitchenAndSportCategories();
std::vector<CategorySpec> diyCategories();

} // namespace near2::demo
