#pragma once
// Reading and writing the queries, products, annotations, tags and slice rules of a project (inside the
// caller's transaction).
#include "core/store/project_data.h"
#include "core/store/sqlite_database.h"

namespace near2::store {

void writeCatalogue(const Database& db, const std::vector<QueryRecord>& queries,
                    const std::map<std::int32_t, ProductRecord>& products);
void readCatalogue(const Database& db, std::vector<QueryRecord>& queries,
                   std::map<std::int32_t, ProductRecord>& products);
// Annotations, tags and slice rules.
void readAnalystData(const Database& db, ProjectSnapshot& snapshot);

} // namespace near2::store
