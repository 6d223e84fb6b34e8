#include "core/store/sqlite_database.h"

#include "core/util/error.h"

#include <cctype>
#include <cstring>
#include <sqlite3.h>

namespace near2::store {

namespace {

// "file:" URI of an absolute path: every byte but unreserved characters and '/' percent-encoded.
std::string fileUri(const std::filesystem::path& file, const char* query)
{
    std::string uri = "file:";
    for (const unsigned char c : std::filesystem::absolute(file).string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~')
            uri += static_cast<char>(c);
        else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            uri += {'%', kHex[c >> 4], kHex[c & 15]};
        }
    }
    return uri + query;
}

} // namespace

Database::Database(const std::filesystem::path& file, Mode mode) : m_file(file)
{
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    std::string name = m_file.string();
    if (mode == Mode::ReadWrite)
        flags = SQLITE_OPEN_READWRITE;
    else if (mode == Mode::ReadOnly)
        flags = SQLITE_OPEN_READONLY;
    else if (mode == Mode::Immutable) {
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = fileUri(m_file, "?immutable=1");
    }
    if (sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw InputError(m_file, "cannot open the project: " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
}

std::unique_ptr<Database> Database::inMemoryCopy(const Database& source)
{
    std::unique_ptr<Database> copy(new Database);
    copy->m_file = source.m_file;
    if (sqlite3_open(":memory:", &copy->m_db) != SQLITE_OK)
        copy->fail("cannot open an in-memory database");
    sqlite3_backup* backup = sqlite3_backup_init(copy->m_db, "main", source.m_db, "main");
    if (!backup)
        copy->fail("cannot read the project");
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        throw InputError(source.m_file, std::string("cannot read the project: ") + sqlite3_errstr(stepped));
    return copy;
}

Database::~Database()
{
    sqlite3_close(m_db);
}

void Database::fail(const std::string& what) const
{
    throw InputError(m_file, what + ": " + sqlite3_errmsg(m_db));
}

std::string Database::lastError() const
{
    return sqlite3_errmsg(m_db);
}

bool Database::lastErrorIsEnvironmental() const
{
    switch (sqlite3_errcode(m_db)) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

void Database::execute(const std::string& sql) const
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw InputError(m_file, "SQLite: " + text);
    }
}

std::int64_t Database::pragmaNumber(const std::string& name) const
{
    Statement pragma(*this, "PRAGMA " + name);
    return pragma.step() ? pragma.number(0) : 0;
}

Transaction::Transaction(const Database& db) : m_db(db)
{
    m_db.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.execute("COMMIT");
    m_done = true;
}

Statement::Statement(const Database& db, const std::string& sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &m_statement, nullptr) != SQLITE_OK)
        db.fail("SQLite");
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, const std::string& text)
{
    sqlite3_bind_text(m_statement, index, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::byte> bytes)
{
    sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

bool Statement::step()
{
    const int status = sqlite3_step(m_statement);
    if (status != SQLITE_ROW && status != SQLITE_DONE)
        m_db.fail("SQLite");
    return status == SQLITE_ROW;
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string Statement::text(int column) const
{
    const auto* value = sqlite3_column_text(m_statement, column);
    return value ? std::string(reinterpret_cast<const char*>(value),
                               static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                 : std::string();
}

std::int64_t Statement::number(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::vector<std::byte> Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_statement, column);
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column));
    std::vector<std::byte> bytes(size);
    if (size > 0)
        std::memcpy(bytes.data(), data, size);
    return bytes;
}

} // namespace near2::store
