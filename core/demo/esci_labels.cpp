#include "core/demo/esci_labels.h"

#include <algorithm>

namespace near2::demo {

const char* esciCode(Esci label)
{
    switch (label) {
    case Esci::Exact:
        return "E";
    case Esci::Substitute:
        return "S";
    case Esci::Complement:
        return "C";
    case Esci::Irrelevant:
        break;
    }
    return "I";
}

std::size_t QuerySpec::constraintCount() const
{
    return (brand.empty() ? 0 : 1) + (line < 0 ? 0 : 1) + (model.empty() ? 0 : 1) + attributes.size();
}

std::size_t missedConstraints(const QuerySpec& query, const DemoProduct& product,
                              const std::vector<CategorySpec>& catalog)
{
    const auto& category = catalog[product.category];
    std::size_t missed = 0;
    if (!query.brand.empty() && category.lines[product.line].brand.display != query.brand)
        ++missed;
    if (query.line >= 0 && product.line != static_cast<std::size_t>(query.line))
        ++missed;
    if (!query.model.empty() && product.model != query.model)
        ++missed;
    for (const auto& [attribute, value] : query.attributes)
        if (product.values[attribute] != value)
            ++missed;
    return missed;
}

namespace {

bool allowed(const ComplementFit& fit, const std::string& value)
{
    return std::find(fit.values.begin(), fit.values.end(), value) != fit.values.end();
}

// The restrictions between the two categories (a monitor takes HDMI and DisplayPort cables): the product's
// own value must be allowed, and so must a value the query pins.
bool fitsByAttribute(const QuerySpec& query, const DemoProduct& product, const CategorySpec& queryCategory,
                     const CategorySpec& productCategory)
{
    for (const auto& fit : queryCategory.fits)
        if (fit.category == productCategory.name) {
            const auto a = static_cast<std::size_t>(findAttribute(productCategory, fit.attribute));
            if (!allowed(fit, productCategory.attributes[a].values[product.values[a]].display))
                return false;
        }
    for (const auto& fit : productCategory.fits)
        if (fit.category == queryCategory.name) {
            const long a = findAttribute(queryCategory, fit.attribute);
            for (const auto& [attribute, value] : query.attributes)
                if (static_cast<long>(attribute) == a &&
                    !allowed(fit, queryCategory.attributes[attribute].values[value].display))
                    return false;
        }
    return true;
}

} // namespace

bool fitsTogether(const QuerySpec& query, const DemoProduct& product,
                  const std::vector<CategorySpec>& catalog)
{
    const auto& queryCategory = catalog[query.category];
    const auto& productCategory = catalog[product.category];
    if (!fitsByAttribute(query, product, queryCategory, productCategory))
        return false;
    // The product fits a phone line: it must be the one the query names, if any.
    const long productFits = findAttribute(productCategory, kFitsAttribute);
    if (productFits >= 0 && query.line >= 0) {
        const auto fits = static_cast<std::size_t>(productFits);
        return productCategory.attributes[fits].values[product.values[fits]].display ==
               queryCategory.lines[static_cast<std::size_t>(query.line)].name.display;
    }
    // The query asks for something that fits a phone line: the product must be of that line.
    const long queryFits = findAttribute(queryCategory, kFitsAttribute);
    for (const auto& [attribute, value] : query.attributes)
        if (static_cast<long>(attribute) == queryFits)
            return productCategory.lines[product.line].name.display ==
                   queryCategory.attributes[attribute].values[value].display;
    return true;
}

Esci judge(const QuerySpec& query, const DemoProduct& product, const std::vector<CategorySpec>& catalog)
{
    if (product.category == query.category) {
        const std::size_t missed = missedConstraints(query, product, catalog);
        return missed == 0 ? Esci::Exact : missed == 1 ? Esci::Substitute : Esci::Irrelevant;
    }
    const auto& complements = catalog[query.category].complements;
    const bool complementary = std::find(complements.begin(), complements.end(),
                                         catalog[product.category].name) != complements.end();
    return complementary && fitsTogether(query, product, catalog) ? Esci::Complement : Esci::Irrelevant;
}

} // namespace near2::demo
