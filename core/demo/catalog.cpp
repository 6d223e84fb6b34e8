#include "core/demo/catalog.h"

#include <string_view>

namespace near2::demo {

Forms::Forms(const char* encoded)
{
    std::string_view rest(encoded);
    const auto bar = rest.find('|');
    display = std::string(rest.substr(0, bar));
    if (bar == std::string_view::npos)
        return;
    rest.remove_prefix(bar + 1);
    while (!rest.empty()) {
        const auto next = rest.find('|');
        typed.emplace_back(rest.substr(0, next));
        if (next == std::string_view::npos)
            break;
        rest.remove_prefix(next + 1);
    }
}

const std::vector<CategorySpec>& demoCatalog()
{
    static const std::vector<CategorySpec> catalog = [] {
        auto categories = electronicsCategories();
        for (auto& category : computerCategories())
            categories.push_back(std::move(category));
        for (auto& category : kitchenAndSportCategories())
            categories.push_back(std::move(category));
        for (auto& category : diyCategories())
            categories.push_back(std::move(category));
        return categories;
    }();
    return catalog;
}

long findAttribute(const CategorySpec& category, const std::string& name)
{
    for (std::size_t i = 0; i < category.attributes.size(); ++i)
        if (category.attributes[i].name == name)
            return static_cast<long>(i);
    return -1;
}

long findCategory(const std::vector<CategorySpec>& catalog, const std::string& name)
{
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (catalog[i].name == name)
            return static_cast<long>(i);
    return -1;
}

} // namespace near2::demo
