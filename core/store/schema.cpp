#include "core/store/schema.h"

#include "core/util/error.h"

#include <string>

namespace near2::store {

namespace {

// Step n brings the schema from version n-1 to n. Never edit a step once released: add one.
const char* const kSteps[] = {
    // 1: sources, settings, catalogue, runs
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE queries (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, text TEXT NOT NULL, type TEXT,"
    " relevant INTEGER NOT NULL, judged TEXT NOT NULL);"
    "CREATE TABLE products (row INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, fields TEXT);"
    "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, label TEXT,"
    " columns TEXT NOT NULL, query_ids TEXT NOT NULL, k INTEGER NOT NULL);"
    "CREATE TABLE run_dims (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " dim_index INTEGER NOT NULL, dim INTEGER NOT NULL, mean BLOB, per_query BLOB, top_docs BLOB,"
    " top_scores BLOB, PRIMARY KEY (run_id, dim_index));",
    // 2: the analyst's annotations, tag list and query slices
    "CREATE TABLE annotations (query_id TEXT PRIMARY KEY, tag TEXT, note TEXT);"
    "CREATE TABLE tags (name TEXT PRIMARY KEY, position INTEGER NOT NULL);"
    "CREATE TABLE slice_rules (position INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
    " parameter TEXT);"
    "INSERT INTO tags VALUES ('model number lost', 0), ('brand confusion', 1), ('wrong category', 2);",
    // 3: trade-off cells (issue 7): every measured cell by cache key; `position` orders the latest grid
    "CREATE TABLE tradeoff_cells (key TEXT PRIMARY KEY, position INTEGER, columns TEXT NOT NULL,"
    " dim INTEGER NOT NULL, precision TEXT NOT NULL, index_kind TEXT NOT NULL, params TEXT NOT NULL,"
    " measure TEXT NOT NULL, metrics BLOB NOT NULL);"
    "CREATE INDEX tradeoff_cells_position ON tradeoff_cells (position);",
    // 4: the analyst's judgements (issue 17), apart from the dataset's, with provenance
    "CREATE TABLE analyst_judgements (query_id TEXT NOT NULL, product_id TEXT NOT NULL, label TEXT NOT NULL,"
    " analyst TEXT NOT NULL, created TEXT NOT NULL, run_id INTEGER, PRIMARY KEY (query_id, product_id));",
    // 5 (issue 16): each run's own provenance (JSON: model files and hashes, gains, threshold, k, split, tool
    // version; NULL for older runs), and binary+rescore cells counted with the float32 vectors the re-scoring
    // reads (4d bytes per vector; rows from the fp32 flat cell, whose index is rows × 4d bytes; a flat binary
    // index is rows × d/8 bytes, so without one the flat cell's index grows 33-fold)
    "ALTER TABLE runs ADD COLUMN provenance TEXT;"
    "UPDATE tradeoff_cells SET measure = json_set(measure,"
    " '$.bytesPerVector', json_extract(measure, '$.bytesPerVector') + json_extract(measure,"
    " '$.rescoreBytesPerVector'),"
    " '$.indexBytes', json_extract(measure, '$.indexBytes') + CAST(coalesce(json_extract(measure,"
    " '$.rescoreBytesPerVector') * (SELECT json_extract(f.measure, '$.indexBytes') / json_extract(f.measure,"
    " '$.bytesPerVector') FROM tradeoff_cells f WHERE f.precision = 'fp32' AND f.index_kind = 'flat' AND"
    " json_extract(f.measure, '$.bytesPerVector') > 0 LIMIT 1), CASE WHEN index_kind = 'flat' THEN"
    " 32 * json_extract(measure, '$.indexBytes') ELSE 0 END) AS INTEGER))"
    " WHERE precision = 'binary+rescore';",
};

bool isEmptyDatabase(const Database& db)
{
    Statement tables(db, "SELECT count(*) FROM sqlite_master");
    return tables.step() && tables.number(0) == 0;
}

} // namespace

void checkProjectFile(const Database& db, bool acceptEmpty)
{
    std::int64_t applicationId = 0;
    bool intact = false;
    try {
        Statement check(db, "PRAGMA quick_check");
        intact = check.step() && check.text(0) == "ok";
        applicationId = db.pragmaNumber("application_id");
    } catch (const InputError&) {
        if (db.lastErrorIsEnvironmental())
            throw InputError(db.file(), "cannot read the project (" + db.lastError() +
                                            "): is the disk full, or the file locked?");
        throw InputError(db.file(),
                         "not a readable NEAR² project (corrupt or not SQLite): " + db.lastError());
    }
    if (!intact)
        throw InputError(db.file(), "the project file is damaged (SQLite integrity check failed)");
    if (applicationId == 0 && isEmptyDatabase(db)) {
        if (acceptEmpty)
            return; // a new file
        throw InputError(db.file(), "not a NEAR² project (an empty database)");
    }
    if (applicationId != kApplicationId)
        throw InputError(db.file(), "not a NEAR² project (another application's SQLite file)");
    const auto version = db.pragmaNumber("user_version");
    if (version > kSchemaVersion)
        throw InputError(db.file(), "this project was saved by a newer NEAR² Workbench (schema version " +
                                        std::to_string(version) + ", this version reads up to " +
                                        std::to_string(kSchemaVersion) + "): please update");
}

void migrate(const Database& db, int target)
{
    if (db.pragmaNumber("user_version") == target && db.pragmaNumber("application_id") == kApplicationId)
        return; // up to date: opening must not write (it would change the file's bytes)
    Transaction transaction(db);
    auto version = static_cast<int>(db.pragmaNumber("user_version"));
    if (version == 0)
        db.execute("PRAGMA application_id = " + std::to_string(kApplicationId));
    for (; version < target; ++version)
        db.execute(kSteps[version]);
    db.execute("PRAGMA user_version = " + std::to_string(version));
    transaction.commit();
}

} // namespace near2::store
