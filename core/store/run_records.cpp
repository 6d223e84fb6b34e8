#include "core/store/run_records.h"

#include "core/store/blob_codec.h"
#include "core/store/json_column.h"
#include "core/util/error.h"

#include <algorithm>
#include <ctime>
#include <limits>
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

namespace {

// The largest dim and k a stored run may claim: far above any model, far below sizes that overflow.
constexpr std::int64_t kMaxStoredDim = 1 << 20;
constexpr std::int64_t kMaxStoredK = 1 << 20;

std::size_t checkedProduct(std::size_t a, std::size_t b)
{
    std::size_t product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        throw std::runtime_error("absurd array sizes");
    return product;
}

std::vector<std::string> stringList(const Database& db, const std::string& column, const std::string& text)
{
    const auto parsed = parseJsonColumn(db, column, text);
    return convertJsonColumn(db, column, [&] { return parsed.get<std::vector<std::string>>(); });
}

} // namespace

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
    run.result.columns = stringList(db, "runs.columns", selectRun.text(2));
    run.result.queryIds = stringList(db, "runs.query_ids", selectRun.text(3));
    const std::int64_t storedK = selectRun.number(4);
    if (storedK < 0 || storedK > kMaxStoredK)
        throwDamagedColumn(db, "runs.k", "k = " + std::to_string(storedK));
    const auto k = static_cast<std::size_t>(storedK);
    const std::size_t queries = run.result.queryIds.size();
    Statement selectDims(db,
                         "SELECT dim, mean, per_query, top_docs, top_scores FROM run_dims WHERE run_id = ?1"
                         " ORDER BY dim"); // dims evaluated later are appended with a higher dim_index
    selectDims.bind(1, id);
    try {
        while (selectDims.step()) {
            const std::int64_t dim = selectDims.number(0);
            if (dim < 1 || dim > kMaxStoredDim)
                throw std::runtime_error("dim " + std::to_string(dim) + " is out of range");
            if (!run.result.dims.empty() && run.result.dims.back() == dim)
                throw std::runtime_error("dim " + std::to_string(dim) + " is stored twice");
            run.result.dims.push_back(static_cast<int>(dim));
            run.result.mean.push_back(unpack<double>(selectDims.blob(1)));
            run.result.perQuery.push_back(unpack<double>(selectDims.blob(2)));
            TopKLists lists;
            lists.queries = queries;
            lists.k = k;
            lists.docs = unpack<std::int32_t>(selectDims.blob(3));
            lists.scores = unpack<float>(selectDims.blob(4));
            const std::size_t cells = checkedProduct(queries, k);
            if (lists.docs.size() != cells || lists.scores.size() != cells ||
                run.result.perQuery.back().size() != checkedProduct(queries, run.result.columns.size()) ||
                run.result.mean.back().size() != run.result.columns.size())
                throw std::runtime_error("array sizes disagree with the run's query count");
            if (std::any_of(lists.docs.begin(), lists.docs.end(), [](std::int32_t doc) { return doc < -1; }))
                throw std::runtime_error("a ranking names a negative catalog row");
            run.rankings.perDim.push_back(std::move(lists));
        }
    } catch (const std::runtime_error& error) {
        throw InputError(db.file(), "run " + std::to_string(id) + " is damaged: " + error.what());
    }
    run.rankings.dims = run.result.dims;
    return run;
}

bool runComplete(const StoredRun& run)
{
    const auto& result = run.result;
    const std::size_t dims = result.dims.size();
    return dims > 0 && !result.queryIds.empty() && !result.columns.empty() && result.mean.size() == dims &&
           result.perQuery.size() == dims && run.rankings.perDim.size() == dims &&
           std::all_of(result.mean.begin(), result.mean.end(),
                       [&](const auto& mean) { return mean.size() == result.columns.size(); });
}

void checkRunUsable(const Database& db, const StoredRun& run)
{
    if (!runComplete(run))
        throw InputError(db.file(),
                         "run '" + (run.label.empty() ? "run " + std::to_string(run.id) : run.label) +
                             "' is incomplete (cancelled midway or damaged): re-run the evaluation");
}

} // namespace near2::store
