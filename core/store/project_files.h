#pragma once
// Opening project files safely. Reading never writes: no WAL switch, no migration on disk (an older schema is
// migrated in a copy in memory), and a file or folder that cannot be written is read without creating -wal or
// -shm files. Every refusal is an InputError naming the file, and leaves no -wal/-shm file behind.
#include "core/store/sqlite_database.h"

#include <filesystem>
#include <memory>

namespace near2::store {

// Opens an existing project for reading: refuses a missing path, a folder, a special file, an empty (0-byte)
// file, a corrupt or foreign database and a newer schema; brings an older schema up to date in memory.
std::unique_ptr<Database> openProjectForReading(const std::filesystem::path& file);

// Opens (creating when absent) a project for writing: WAL, foreign keys, the schema migrated on disk. Refuses
// a folder, a special file, a read-only location, and a corrupt, foreign or newer file.
std::unique_ptr<Database> openProjectForWriting(const std::filesystem::path& file);

// Before a command does any work that ends in writing `file` (created when absent): refuses a path that is a
// folder or special file, a project that could not be opened for writing (read-only file or folder, a folder
// that does not exist), and a file that is not a usable project (corrupt, foreign, newer). Writes nothing.
void checkProjectWritable(const std::filesystem::path& file);

// Whether `file` and its folder can be written by this process (SQLite needs both for WAL).
bool projectLocationWritable(const std::filesystem::path& file);

} // namespace near2::store
