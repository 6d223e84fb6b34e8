#include "core/store/judgement_records.h"

#include "core/util/error.h"

namespace near2::store {

namespace {

void requireField(const Database& db, const std::string& value, const std::string& field)
{
    if (value.empty())
        throw InputError(db.file(), field, "an analyst judgement needs a " + field);
}

} // namespace

void writeAnalystJudgements(const Database& db, const std::vector<AnalystJudgement>& judgements)
{
    Statement put(db, "INSERT OR REPLACE INTO analyst_judgements"
                      " (query_id, product_id, label, analyst, created, run_id) VALUES (?1, ?2, ?3, ?4,"
                      " COALESCE(NULLIF(?5, ''), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), NULLIF(?6, 0))");
    for (const auto& judgement : judgements) {
        requireField(db, judgement.queryId, "query id");
        requireField(db, judgement.productId, "product id");
        requireField(db, judgement.label, "label");
        requireField(db, judgement.analyst, "analyst");
        put.bind(1, judgement.queryId).bind(2, judgement.productId).bind(3, judgement.label);
        put.bind(4, judgement.analyst).bind(5, judgement.created).bind(6, judgement.runId);
        put.step();
        put.reset();
    }
}

void deleteAnalystJudgement(const Database& db, const std::string& queryId, const std::string& productId)
{
    Statement remove(db, "DELETE FROM analyst_judgements WHERE query_id = ?1 AND product_id = ?2");
    remove.bind(1, queryId).bind(2, productId);
    remove.step();
}

std::vector<AnalystJudgement> readAnalystJudgements(const Database& db)
{
    std::vector<AnalystJudgement> judgements;
    Statement select(db, "SELECT query_id, product_id, label, analyst, created, COALESCE(run_id, 0)"
                         " FROM analyst_judgements ORDER BY query_id, product_id");
    while (select.step())
        judgements.push_back({select.text(0), select.text(1), select.text(2), select.text(3), select.text(4),
                              select.number(5)});
    return judgements;
}

} // namespace near2::store
