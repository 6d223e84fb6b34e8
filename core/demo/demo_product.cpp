#include "core/demo/demo_product.h"

#include <algorithm>
#include <set>

namespace near2::demo {

namespace {

struct ModelNumber
{
    std::string code;
    std::vector<std::size_t> values; // per-model attribute values (others unused)
};

std::vector<std::size_t> allocateByWeight(std::size_t count, const std::vector<CategorySpec>& catalog)
{
    double totalWeight = 0;
    for (const auto& category : catalog)
        totalWeight += category.weight;
    std::vector<std::size_t> counts(catalog.size(), 0);
    std::size_t given = 0;
    if (count >= catalog.size()) { // one each first, so every category exists
        std::fill(counts.begin(), counts.end(), 1);
        given = catalog.size();
    }
    const std::size_t rest = count - given;
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        const auto share =
            static_cast<std::size_t>(static_cast<double>(rest) * catalog[i].weight / totalWeight);
        counts[i] += share;
        given += share;
    }
    for (std::size_t i = 0; given < count; i = (i + 1) % catalog.size(), ++given)
        ++counts[i];
    return counts;
}

std::vector<std::vector<ModelNumber>> generateModels(const CategorySpec& category, std::size_t products,
                                                     DemoRandom& random)
{
    // About a dozen listings per model number, between 2 and 10 models per line.
    const std::size_t perLine = std::clamp<std::size_t>(products / (category.lines.size() * 12), 2, 10);
    std::set<std::string> used;
    std::vector<std::vector<ModelNumber>> models(category.lines.size());
    for (std::size_t line = 0; line < category.lines.size(); ++line) {
        for (std::size_t attempt = 0; models[line].size() < perLine && attempt < perLine * 8; ++attempt) {
            ModelNumber model{expandModelPattern(category.lines[line].modelPattern, random), {}};
            if (!used.insert(model.code).second)
                continue;
            for (const auto& attribute : category.attributes)
                model.values.push_back(random.below(attribute.values.size()));
            models[line].push_back(std::move(model));
        }
        if (models[line].empty()) { // a pattern with too few free characters: reuse it with a suffix
            ModelNumber model{category.lines[line].modelPattern + "-" + std::to_string(line), {}};
            for (const auto& attribute : category.attributes)
                model.values.push_back(random.below(attribute.values.size()));
            models[line].push_back(std::move(model));
        }
    }
    return models;
}

} // namespace

std::string expandModelPattern(const std::string& pattern, DemoRandom& random)
{
    std::string code;
    for (const char c : pattern) {
        if (c == '#')
            code += static_cast<char>('0' + random.below(10));
        else if (c == '@')
            code += static_cast<char>('A' + random.below(26));
        else
            code += c;
    }
    return code;
}

std::vector<DemoProduct> generateProducts(std::size_t count, const std::vector<CategorySpec>& catalog,
                                          DemoRandom& random)
{
    const auto counts = allocateByWeight(count, catalog);
    std::vector<DemoProduct> products;
    products.reserve(count);
    for (std::size_t c = 0; c < catalog.size(); ++c) {
        const auto& category = catalog[c];
        const auto models = generateModels(category, counts[c], random);
        for (std::size_t i = 0; i < counts[c]; ++i) {
            DemoProduct product{c, random.below(category.lines.size()), {}, {}};
            const auto& model = random.pick(models[product.line]);
            product.model = model.code;
            for (std::size_t a = 0; a < category.attributes.size(); ++a)
                product.values.push_back(category.attributes[a].perModel
                                             ? model.values[a]
                                             : random.below(category.attributes[a].values.size()));
            products.push_back(std::move(product));
        }
    }
    random.shuffle(products);
    return products;
}

Record renderProduct(const DemoProduct& product, const std::vector<CategorySpec>& catalog, std::string id,
                     DemoRandom& random)
{
    const auto& category = catalog[product.category];
    const auto& line = category.lines[product.line];
    const long nounAttribute =
        category.nounAttribute.empty() ? -1 : findAttribute(category, category.nounAttribute);
    const std::string& noun = nounAttribute < 0
                                  ? category.nouns.front().display
                                  : category.attributes[static_cast<std::size_t>(nounAttribute)]
                                        .values[product.values[static_cast<std::size_t>(nounAttribute)]]
                                        .display;

    std::string details;
    std::string specs;
    Record record;
    record.id = std::move(id);
    record.attributes = {{"category", category.name},
                         {"brand", line.brand.display},
                         {"line", line.name.display},
                         {"model", product.model}};
    for (std::size_t a = 0; a < category.attributes.size(); ++a) {
        const auto& attribute = category.attributes[a];
        const std::string& value = attribute.values[product.values[a]].display;
        if (value.empty())
            continue;
        if (static_cast<long>(a) != nounAttribute)
            details += ", " + value;
        specs += (specs.empty() ? "" : "; ") + attribute.name + ": " + value;
        record.attributes.emplace_back(attribute.name, value);
    }

    const std::string brandAndLine = line.brand.display + " " + line.name.display;
    record.title = random.chance(0.5) ? brandAndLine + " " + product.model + " " + noun + details
                                      : brandAndLine + " " + noun + details + " (" + product.model + ")";
    const auto points = random.sample(category.sellingPoints, 2);
    record.text = "The " + brandAndLine + " " + noun + ", model " + product.model + ". ";
    for (const auto& point : points)
        record.text += point + " ";
    record.text += "Specifications: " + specs + ".";
    return record;
}

} // namespace near2::demo
