#include "core/encoder/cache_index.h"

#include "core/util/error.h"

#include <sqlite3.h>

namespace near2 {

namespace {

class Statement
{
public:
    Statement(sqlite3* db, const std::string& sql, const std::filesystem::path& file) : m_file(file)
    {
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &m_statement, nullptr) != SQLITE_OK)
            throw InputError(file, std::string("SQLite: ") + sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& text)
    {
        sqlite3_bind_text(m_statement, index, text.c_str(), -1, SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(int index, std::size_t value)
    {
        sqlite3_bind_int64(m_statement, index, static_cast<sqlite3_int64>(value));
        return *this;
    }
    bool step()
    {
        const int status = sqlite3_step(m_statement);
        if (status != SQLITE_ROW && status != SQLITE_DONE)
            throw InputError(m_file,
                             std::string("SQLite: ") + sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return status == SQLITE_ROW;
    }
    std::string text(int column) const
    {
        const auto* value = sqlite3_column_text(m_statement, column);
        return value ? reinterpret_cast<const char*>(value) : "";
    }
    std::size_t number(int column) const
    {
        return static_cast<std::size_t>(sqlite3_column_int64(m_statement, column));
    }

private:
    sqlite3_stmt* m_statement = nullptr;
    std::filesystem::path m_file;
};

const char* kColumns =
    "model_key, texts_key, kind, model_name, rows, dim, dtype, file, complete, done, created";

CacheEntry readEntry(const Statement& row)
{
    CacheEntry entry;
    entry.modelKey = row.text(0);
    entry.textsKey = row.text(1);
    entry.kind = row.text(2);
    entry.modelName = row.text(3);
    entry.rows = row.number(4);
    entry.dim = row.number(5);
    entry.dtype = row.text(6);
    entry.file = row.text(7);
    entry.complete = row.number(8) != 0;
    entry.done = row.number(9);
    entry.created = row.text(10);
    return entry;
}

} // namespace

CacheIndex::CacheIndex(const std::filesystem::path& folder) : m_file(folder / "index.sqlite")
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (sqlite3_open(m_file.c_str(), &m_db) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw InputError(m_file, "cannot open the embedding cache: " + message);
    }
    sqlite3_busy_timeout(m_db, 10000);
    execute("CREATE TABLE IF NOT EXISTS embeddings (model_key TEXT NOT NULL, texts_key TEXT NOT NULL, "
            "kind TEXT NOT NULL, model_name TEXT, rows INTEGER, dim INTEGER, dtype TEXT, file TEXT, "
            "complete INTEGER, done INTEGER, created TEXT, PRIMARY KEY (model_key, texts_key, kind))");
}

CacheIndex::~CacheIndex()
{
    sqlite3_close(m_db);
}

void CacheIndex::execute(const std::string& sql) const
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw InputError(m_file, "SQLite: " + text);
    }
}

std::optional<CacheEntry> CacheIndex::find(const std::string& modelKey, const std::string& textsKey,
                                           const std::string& kind) const
{
    Statement query(m_db,
                    std::string("SELECT ") + kColumns +
                        " FROM embeddings WHERE model_key = ?1 AND texts_key = ?2 AND kind = ?3",
                    m_file);
    query.bind(1, modelKey).bind(2, textsKey).bind(3, kind);
    if (!query.step())
        return std::nullopt;
    return readEntry(query);
}

void CacheIndex::put(const CacheEntry& entry)
{
    Statement insert(m_db,
                     std::string("INSERT OR REPLACE INTO embeddings (") + kColumns +
                         ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                     m_file);
    insert.bind(1, entry.modelKey).bind(2, entry.textsKey).bind(3, entry.kind).bind(4, entry.modelName);
    insert.bind(5, entry.rows).bind(6, entry.dim).bind(7, entry.dtype).bind(8, entry.file);
    insert.bind(9, std::size_t{entry.complete ? 1u : 0u}).bind(10, entry.done).bind(11, entry.created);
    insert.step();
}

void CacheIndex::setProgress(const CacheEntry& entry, std::size_t done, bool complete)
{
    Statement update(m_db,
                     "UPDATE embeddings SET done = ?1, complete = ?2 WHERE model_key = ?3 AND texts_key = ?4 "
                     "AND kind = ?5",
                     m_file);
    update.bind(1, done).bind(2, std::size_t{complete ? 1u : 0u});
    update.bind(3, entry.modelKey).bind(4, entry.textsKey).bind(5, entry.kind);
    update.step();
}

std::vector<CacheEntry> CacheIndex::list() const
{
    Statement query(m_db, std::string("SELECT ") + kColumns + " FROM embeddings ORDER BY created", m_file);
    std::vector<CacheEntry> entries;
    while (query.step())
        entries.push_back(readEntry(query));
    return entries;
}

void CacheIndex::removeAll()
{
    execute("DELETE FROM embeddings");
}

} // namespace near2
