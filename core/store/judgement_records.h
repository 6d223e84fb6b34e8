#pragma once
// The analyst's judgements in a project (schema 4, issue 17): one row per (query, product) with its label and
// provenance (who, when, on which run), in their own table, apart from the dataset's judgements and never
// written into the dataset's files. Judging a pair again replaces its row.
#include "core/store/project_data.h"
#include "core/store/sqlite_database.h"

#include <vector>

namespace near2::store {

// Inserts or replaces; an empty `created` becomes the current UTC time. Throws InputError naming the field
// for an empty query id, product id, label or analyst. Call inside a transaction.
void writeAnalystJudgements(const Database& db, const std::vector<AnalystJudgement>& judgements);
void deleteAnalystJudgement(const Database& db, const std::string& queryId, const std::string& productId);
// Ordered by query id, then product id.
std::vector<AnalystJudgement> readAnalystJudgements(const Database& db);

} // namespace near2::store
