#include "core/query_types/dataset_query_types.h"

#include "core/query_types/query_type_classifier.h"

#include <stdexcept>

namespace near2 {

std::vector<std::string> resolvedQueryTypes(const Dataset& dataset)
{
    std::vector<std::string> types(dataset.queries.size());
    std::vector<std::size_t> untyped;
    for (std::size_t q = 0; q < dataset.queries.size(); ++q) {
        const auto* own = dataset.queries[q].attribute("type");
        if (own && !own->empty())
            types[q] = *own;
        else
            untyped.push_back(q);
    }
    if (untyped.empty())
        return types; // the catalog's vocabulary is only learnt when needed
    const QueryTypeClassifier classifier(dataset.corpus);
    for (const auto q : untyped)
        types[q] = queryTypeName(classifier.classify(dataset.queries[q].text));
    return types;
}

std::vector<std::string> classifiedQueryTypes(const Dataset& dataset)
{
    const QueryTypeClassifier classifier(dataset.corpus);
    std::vector<std::string> types;
    types.reserve(dataset.queries.size());
    for (const auto& query : dataset.queries)
        types.emplace_back(queryTypeName(classifier.classify(query.text)));
    return types;
}

double TypeScore::precision() const
{
    const auto predicted = truePositives + falsePositives;
    return predicted == 0 ? 0.0 : static_cast<double>(truePositives) / static_cast<double>(predicted);
}

double TypeScore::recall() const
{
    const auto expected = truePositives + falseNegatives;
    return expected == 0 ? 0.0 : static_cast<double>(truePositives) / static_cast<double>(expected);
}

TypeAgreement compareTypes(const std::vector<std::string>& predicted,
                           const std::vector<std::string>& expected)
{
    if (predicted.size() != expected.size())
        throw std::invalid_argument("compareTypes: predicted and expected differ in length");
    TypeAgreement agreement;
    agreement.total = predicted.size();
    for (std::size_t i = 0; i < predicted.size(); ++i) {
        if (predicted[i] == expected[i]) {
            ++agreement.agreeing;
            ++agreement.perType[predicted[i]].truePositives;
        } else {
            ++agreement.perType[predicted[i]].falsePositives;
            ++agreement.perType[expected[i]].falseNegatives;
        }
    }
    return agreement;
}

} // namespace near2
