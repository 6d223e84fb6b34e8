#include "core/store/run_records.h"

#include "core/store/blob_codec.h"
#include "core/util/error.h"

#include <ctime>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace near2::store {

namespace {

std::string nowUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

void insertDimRow(const Database& db, std::int64_t runId, std::int64_t dimIndex, const StoredRun& run,
                  std::size_t d)
{
    Statement insert(db,
                     "INSERT INTO run_dims (run_id, dim_index, dim, mean, per_query, top_docs, top_scores)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, runId).bind(2, dimIndex).bind(3, std::int64_t{run.result.dims[d]});
    insert.bindBlob(4, asBytes(run.result.mean[d])).bindBlob(5, asBytes(run.result.perQuery[d]));
    const bool ranked = d < run.rankings.perDim.size();
    const std::vector<std::int32_t> noDocs;
    const std::vector<float> noScores;
    insert.bindBlob(6, asBytes(ranked ? run.rankings.perDim[d].docs : noDocs));
    insert.bindBlob(7, asBytes(ranked ? run.rankings.perDim[d].scores : noScores));
    insert.step();
}

} // namespace

void writeRunDim(const Database& db, std::int64_t runId, const StoredRun& run, std::size_t d)
{
    Statement stored(db, "SELECT count(*), coalesce(max(dim_index) + 1, 0), sum(dim = ?2) FROM run_dims"
                         " WHERE run_id = ?1");
    stored.bind(1, runId).bind(2, std::int64_t{run.result.dims[d]});
    stored.step();
    if (stored.number(2) > 0)
        return; // already there (e.g. evaluated twice in one session)
    insertDimRow(db, runId, stored.number(1), run, d);
}

std::int64_t writeRun(const Database& db, const StoredRun& run)
{
    const auto& result = run.result;
    const std::size_t k = run.rankings.perDim.empty() ? 0 : run.rankings.perDim.front().k;
    Statement insertRun(db,
                        "INSERT INTO runs (created, label, columns, query_ids, k) VALUES (?1,?2,?3,?4,?5)");
    insertRun.bind(1, run.created.empty() ? nowUtc() : run.created).bind(2, run.label);
    insertRun.bind(3, nlohmann::json(result.columns).dump()).bind(4, nlohmann::json(result.queryIds).dump());
    insertRun.bind(5, static_cast<std::int64_t>(k));
    insertRun.step();
    const std::int64_t id = sqlite3_last_insert_rowid(db.handle());
    for (std::size_t d = 0; d < result.dims.size(); ++d)
        writeRunDim(db, id, run, d);
    return id;
}

StoredRun readRun(const Database& db, std::int64_t id)
{
    StoredRun run;
    Statement selectRun(db, "SELECT created, label, columns, query_ids, k FROM runs WHERE id = ?1");
    selectRun.bind(1, id);
    if (!selectRun.step())
        throw InputError(db.file(), "run " + std::to_string(id) + " is missing");
    run.id = id;
    run.created = selectRun.text(0);
    run.label = selectRun.text(1);
    run.result.columns = nlohmann::json::parse(selectRun.text(2)).get<std::vector<std::string>>();
    run.result.queryIds = nlohmann::json::parse(selectRun.text(3)).get<std::vector<std::string>>();
    const auto k = static_cast<std::size_t>(selectRun.number(4));
    const std::size_t queries = run.result.queryIds.size();
    Statement selectDims(db,
                         "SELECT dim, mean, per_query, top_docs, top_scores FROM run_dims WHERE run_id = ?1"
                         " ORDER BY dim"); // dims evaluated later are appended with a higher dim_index
    selectDims.bind(1, id);
    try {
        while (selectDims.step()) {
            run.result.dims.push_back(static_cast<int>(selectDims.number(0)));
            run.result.mean.push_back(unpack<double>(selectDims.blob(1)));
            run.result.perQuery.push_back(unpack<double>(selectDims.blob(2)));
            TopKLists lists;
            lists.queries = queries;
            lists.k = k;
            lists.docs = unpack<std::int32_t>(selectDims.blob(3));
            lists.scores = unpack<float>(selectDims.blob(4));
            if (lists.docs.size() != queries * k || lists.scores.size() != queries * k ||
                run.result.perQuery.back().size() != queries * run.result.columns.size())
                throw std::runtime_error("array sizes disagree with the run's query count");
            run.rankings.perDim.push_back(std::move(lists));
        }
    } catch (const std::runtime_error& error) {
        throw InputError(db.file(), "run " + std::to_string(id) + " is damaged: " + error.what());
    }
    run.rankings.dims = run.result.dims;
    return run;
}

} // namespace near2::store
