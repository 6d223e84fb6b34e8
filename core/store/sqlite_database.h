#pragma once
// A small RAII layer over the SQLite C API for the project store. Every failure throws InputError naming
// the database file. One Database per thread at a time (SQLite's serialized mode is not relied upon).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace near2::store {

class Database
{
public:
    enum class Mode {
        Create,    // read-write, created when absent
        ReadWrite, // read-write, the file must exist
        ReadOnly,  // read-only (SQLite still creates -wal/-shm beside a WAL file)
        Immutable, // read-only, no locks and no -wal/-shm: only for files nobody writes
    };
    explicit Database(const std::filesystem::path& file, Mode mode = Mode::Create);
    ~Database();
    // A copy of `source` in memory (messages still name source's file), e.g. to migrate without writing.
    static std::unique_ptr<Database> inMemoryCopy(const Database& source);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void execute(const std::string& sql) const;
    std::int64_t pragmaNumber(const std::string& name) const; // PRAGMA name → first column
    const std::filesystem::path& file() const { return m_file; }
    sqlite3* handle() const { return m_db; }
    [[noreturn]] void fail(const std::string& what) const;
    std::string lastError() const; // SQLite's message for the last failed call
    // Whether the last failure came from the machine (I/O error, full disk, a lock, no memory), not the file.
    bool lastErrorIsEnvironmental() const;

private:
    Database() = default;
    std::filesystem::path m_file;
    sqlite3* m_db = nullptr;
};

// Commits on commit(), rolls back when destroyed without it.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    const Database& m_db;
    bool m_done = false;
};

class Statement
{
public:
    Statement(const Database& db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, std::span<const std::byte> bytes);
    bool step(); // true while a row is available
    void reset();

    std::string text(int column) const;
    std::int64_t number(int column) const;
    double real(int column) const;
    std::vector<std::byte> blob(int column) const;

private:
    const Database& m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace near2::store
