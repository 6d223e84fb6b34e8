#include "core/demo/demo_shop.h"

#include "core/demo/demo_query.h"
#include "core/demo/judged_pool.h"
#include "core/util/error.h"

#include <set>
#include <string>

namespace near2 {

namespace {

using namespace demo;

constexpr std::size_t kMaxProducts = 5'000'000;
constexpr std::size_t kMaxQueries = 500'000;

std::string paddedId(char prefix, std::size_t number, std::size_t total)
{
    const std::size_t width = std::max<std::size_t>(4, std::to_string(total).size());
    std::string digits = std::to_string(number);
    return std::string(1, prefix) + std::string(width - std::min(width, digits.size()), '0') + digits;
}

// Query types in fixed proportions (30% short, 25% alphanumeric, 20% implicit, 25% specific), shuffled.
std::vector<QueryType> queryTypes(std::size_t count, DemoRandom& random)
{
    std::vector<QueryType> types;
    const std::size_t alphanumeric = count / 4;
    const std::size_t implicit = count / 5;
    const std::size_t specific = count / 4;
    types.insert(types.end(), alphanumeric, QueryType::Alphanumeric);
    types.insert(types.end(), implicit, QueryType::Implicit);
    types.insert(types.end(), specific, QueryType::Specific);
    types.insert(types.end(), count - types.size(), QueryType::Short);
    random.shuffle(types);
    return types;
}

} // namespace

void validateDemoShopOptions(const DemoShopOptions& options)
{
    if (options.products < 50 || options.products > kMaxProducts)
        throw InputError(fieldRef(InputField::Products) + " must be between 50 and " +
                         std::to_string(kMaxProducts) + ", got " + std::to_string(options.products));
    if (options.queries < 10 || options.queries > kMaxQueries)
        throw InputError(fieldRef(InputField::Queries) + " must be between 10 and " +
                         std::to_string(kMaxQueries) + ", got " + std::to_string(options.queries));
    if (!(options.testShare > 0.0 && options.testShare < 1.0))
        throw InputError("the test share must be between 0 and 1");
}

Dataset generateDemoShop(const DemoShopOptions& options)
{
    validateDemoShopOptions(options);
    const auto& catalog = demoCatalog();
    DemoRandom random(options.seed);

    const auto products = generateProducts(options.products, catalog, random);
    const auto byCategory = productsByCategory(products, catalog.size());
    Dataset dataset;
    dataset.corpus.reserve(products.size());
    for (std::size_t i = 0; i < products.size(); ++i)
        dataset.corpus.push_back(
            renderProduct(products[i], catalog, paddedId('p', i + 1, products.size()), random));

    // Every query is built from a target product, so it has at least one Exact match. Texts are kept
    // unique where a few retries allow (short queries have a small space of wordings).
    std::vector<std::size_t> queryOrder(options.queries);
    for (std::size_t i = 0; i < queryOrder.size(); ++i)
        queryOrder[i] = i;
    random.shuffle(queryOrder);
    const std::size_t testCount = std::max<std::size_t>(
        1, static_cast<std::size_t>(static_cast<double>(options.queries) * options.testShare));
    std::vector<bool> inTest(options.queries, false);
    for (std::size_t i = 0; i < testCount; ++i)
        inTest[queryOrder[i]] = true;

    Qrels& train = dataset.splits["train"];
    Qrels& test = dataset.splits["test"];
    const TitleIndex titles(dataset.corpus);
    std::set<std::string> usedTexts;
    const auto types = queryTypes(options.queries, random);
    for (std::size_t q = 0; q < options.queries; ++q) {
        std::size_t target = 0;
        DemoQuery query;
        for (std::size_t attempt = 0; attempt < 30; ++attempt) {
            target = random.below(products.size());
            query = generateQuery(types[q], products[target], catalog, random);
            if (!usedTexts.contains(query.text))
                break;
        }
        usedTexts.insert(query.text);
        Record record;
        record.id = paddedId('q', q + 1, options.queries);
        record.text = query.text;
        record.attributes = {{"type", queryTypeName(query.type)}};
        // Test queries keep every judgement; training queries an annotation pool's sample of them.
        auto judged =
            judgeCatalog(query.spec, query.text, products, byCategory, catalog, titles, random, inTest[q]);
        if (!inTest[q])
            judged = samplePool(judged, target, random);
        for (const auto& product : judged)
            (inTest[q] ? test : train)
                .judgements.push_back(
                    {record.id, dataset.corpus[product.product].id, esciCode(product.label), 0});
        dataset.queries.push_back(std::move(record));
    }
    return dataset;
}

} // namespace near2
