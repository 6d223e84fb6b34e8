#include "core/store/project_files.h"

#include "core/store/schema.h"
#include "core/util/error.h"

#include <functional>
#include <unistd.h>

namespace near2::store {

namespace fs = std::filesystem;

namespace {

fs::path folderOf(const fs::path& file)
{
    const fs::path parent = fs::absolute(file).parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

fs::path sidecar(const fs::path& file, const char* suffix)
{
    return fs::path(file.string() + suffix);
}

// Refuses what no SQLite file can be; returns the file's size (0 when absent and `mayBeAbsent`).
std::uintmax_t requireProjectPath(const fs::path& file, bool mayBeAbsent)
{
    std::error_code error;
    const auto status = fs::status(file, error);
    if (!fs::exists(status)) {
        if (mayBeAbsent)
            return 0;
        throw InputError(file, "no such project file");
    }
    if (fs::is_directory(status))
        throw InputError(file, "is a folder, not a project file");
    if (!fs::is_regular_file(status))
        throw InputError(file, "is not a regular file (a device, pipe or socket), not a project file");
    const auto size = fs::file_size(file, error);
    if (error)
        throw InputError(file, "cannot read the project: " + error.message());
    return size;
}

void requireWritableLocation(const fs::path& file)
{
    std::error_code error;
    const bool exists = fs::exists(file, error);
    if (!exists && !fs::is_directory(folderOf(file), error))
        throw InputError(file, "cannot create the project: the folder " + folderOf(file).string() +
                                   " does not exist");
    if (!projectLocationWritable(file))
        throw InputError(file, exists ? "the project is read-only (the file or its folder cannot be written)"
                                      : "cannot create the project: its folder is not writable");
}

// Opens `file` and runs `prepare` on it; when either fails (a full disk, a damaged file), the connection is
// closed and the -wal/-shm files SQLite created for it are removed, so a refusal leaves nothing behind.
std::unique_ptr<Database> openWithoutLeftovers(const fs::path& file, Database::Mode mode,
                                               const std::function<void(Database&)>& prepare)
{
    std::error_code error;
    const bool hadWal = fs::exists(sidecar(file, "-wal"), error);
    const bool hadShm = fs::exists(sidecar(file, "-shm"), error);
    try {
        auto db = std::make_unique<Database>(file, mode);
        prepare(*db);
        return db;
    } catch (...) { // the connection is closed by now
        if (!hadWal)
            fs::remove(sidecar(file, "-wal"), error);
        if (!hadShm)
            fs::remove(sidecar(file, "-shm"), error);
        throw;
    }
}

// A writable project is read through a normal connection, which removes its -wal/-shm on close; a read-only
// one without pending writes is opened immutable, so SQLite creates nothing beside it.
std::unique_ptr<Database> openChecked(const fs::path& file)
{
    if (requireProjectPath(file, false) == 0)
        throw InputError(file, "is an empty file (0 bytes), not a NEAR² project");
    std::error_code error;
    const auto check = [](Database& db) { checkProjectFile(db, false); };
    Database::Mode mode = Database::Mode::ReadWrite;
    if (!projectLocationWritable(file))
        mode =
            fs::exists(sidecar(file, "-wal"), error) ? Database::Mode::ReadOnly : Database::Mode::Immutable;
    return openWithoutLeftovers(file, mode, check);
}

} // namespace

bool projectLocationWritable(const fs::path& file)
{
    const fs::path folder = folderOf(file);
    std::error_code error;
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        return false;
    return !fs::exists(file, error) || ::access(file.c_str(), W_OK) == 0;
}

std::unique_ptr<Database> openProjectForReading(const fs::path& file)
{
    auto db = openChecked(file);
    if (db->pragmaNumber("user_version") < kSchemaVersion) {
        db = Database::inMemoryCopy(*db);
        migrate(*db);
    }
    return db;
}

std::unique_ptr<Database> openProjectForWriting(const fs::path& file)
{
    requireProjectPath(file, true);
    requireWritableLocation(file);
    return openWithoutLeftovers(file, Database::Mode::Create, [](Database& db) {
        checkProjectFile(db);
        db.execute("PRAGMA journal_mode = WAL");
        db.execute("PRAGMA foreign_keys = ON");
        migrate(db);
    });
}

void checkProjectWritable(const fs::path& file)
{
    const auto size = requireProjectPath(file, true);
    requireWritableLocation(file);
    if (size > 0)
        openChecked(file);
}

} // namespace near2::store
