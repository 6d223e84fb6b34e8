#pragma once
// The embedding cache's metadata in SQLite (index.sqlite in the cache folder): one row per encoded
// (model, texts, kind), with its vector file, shape, dtype and how far its encoding got.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace near2 {

struct CacheEntry
{
    std::string modelKey;
    std::string textsKey;
    std::string kind; // "query" or "document"
    std::string modelName;
    std::size_t rows = 0;
    std::size_t dim = 0;
    std::string dtype = "float32";
    std::string file; // relative to the cache folder
    bool complete = false;
    std::size_t done = 0; // rows finished, in encoding order (the checkpoint)
    std::string created;  // ISO 8601, UTC
};

class CacheIndex
{
public:
    // Creates the folder and the database when absent. Throws InputError naming the database on failure.
    explicit CacheIndex(const std::filesystem::path& folder);
    ~CacheIndex();
    CacheIndex(const CacheIndex&) = delete;
    CacheIndex& operator=(const CacheIndex&) = delete;

    std::optional<CacheEntry> find(const std::string& modelKey, const std::string& textsKey,
                                   const std::string& kind) const;
    void put(const CacheEntry& entry); // inserts or replaces
    void setProgress(const CacheEntry& entry, std::size_t done, bool complete);
    std::vector<CacheEntry> list() const;
    void removeAll();

private:
    void execute(const std::string& sql) const;
    std::filesystem::path m_file;
    sqlite3* m_db = nullptr;
};

} // namespace near2
