#include "core/store/catalogue_records.h"

#include "core/store/json_column.h"

#include <nlohmann/json.hpp>

namespace near2::store {

void writeCatalogue(const Database& db, const std::vector<QueryRecord>& queries,
                    const std::map<std::int32_t, ProductRecord>& products)
{
    // Products are kept: the older runs of the project still name theirs (same dataset, same rows).
    db.execute("DELETE FROM queries;");
    Statement insertQuery(
        db, "INSERT INTO queries (idx, id, text, type, relevant, judged) VALUES (?1,?2,?3,?4,?5,?6)");
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const auto& query = queries[i];
        auto judged = nlohmann::json::array();
        for (const auto& product : query.judged)
            judged.push_back(nlohmann::json::array({product.row, product.label, product.gain}));
        insertQuery.bind(1, static_cast<std::int64_t>(i))
            .bind(2, query.id)
            .bind(3, query.text)
            .bind(4, query.type);
        insertQuery.bind(5, std::int64_t{query.relevantCount}).bind(6, judged.dump());
        insertQuery.step();
        insertQuery.reset();
    }
    Statement insertProduct(
        db, "INSERT OR REPLACE INTO products (row, id, title, fields) VALUES (?1, ?2, ?3, ?4)");
    for (const auto& [row, product] : products) {
        insertProduct.bind(1, std::int64_t{row}).bind(2, product.id).bind(3, product.title);
        insertProduct.bind(4, nlohmann::json(product.fields).dump());
        insertProduct.step();
        insertProduct.reset();
    }
}

void readCatalogue(const Database& db, std::vector<QueryRecord>& queries,
                   std::map<std::int32_t, ProductRecord>& products)
{
    Statement selectQueries(db, "SELECT id, text, type, relevant, judged FROM queries ORDER BY idx");
    while (selectQueries.step()) {
        QueryRecord& query = queries.emplace_back();
        query.id = selectQueries.text(0);
        query.text = selectQueries.text(1);
        query.type = selectQueries.text(2);
        query.relevantCount = static_cast<int>(selectQueries.number(3));
        const auto judged = parseJsonColumn(db, "queries.judged", selectQueries.text(4));
        convertJsonColumn(db, "queries.judged", [&] {
            for (const auto& item : judged.get_ref<const nlohmann::json::array_t&>())
                query.judged.push_back({item.at(0).get<std::int32_t>(), item.at(1).get<std::string>(),
                                        item.at(2).get<double>()});
            return 0;
        });
    }
    Statement selectProducts(db, "SELECT row, id, title, fields FROM products");
    while (selectProducts.step()) {
        ProductRecord product;
        product.row = static_cast<std::int32_t>(selectProducts.number(0));
        product.id = selectProducts.text(1);
        product.title = selectProducts.text(2);
        const auto fields = parseJsonColumn(db, "products.fields", selectProducts.text(3));
        product.fields = convertJsonColumn(db, "products.fields", [&] {
            return fields.get<std::vector<std::pair<std::string, std::string>>>();
        });
        products.emplace(product.row, std::move(product));
    }
}

void readAnalystData(const Database& db, ProjectSnapshot& snapshot)
{
    Statement annotations(db, "SELECT query_id, tag, note FROM annotations");
    while (annotations.step())
        snapshot.annotations[annotations.text(0)] = Annotation{annotations.text(1), annotations.text(2)};
    Statement tags(db, "SELECT name FROM tags ORDER BY position");
    while (tags.step())
        snapshot.tags.push_back(tags.text(0));
    Statement rules(db, "SELECT name, kind, parameter FROM slice_rules ORDER BY position");
    while (rules.step())
        snapshot.sliceRules.push_back(SliceRule{rules.text(0), rules.text(1), rules.text(2)});
}

} // namespace near2::store
