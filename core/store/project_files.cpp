#include "core/store/project_files.h"

#include "core/store/schema.h"
#include "core/util/error.h"

#include <unistd.h>

namespace near2::store {

namespace fs = std::filesystem;

namespace {

fs::path folderOf(const fs::path& file)
{
    const fs::path parent = fs::absolute(file).parent_path();
    return parent.empty() ? fs::path(".") : parent;
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

bool hasWriteAheadLog(const fs::path& file)
{
    std::error_code error;
    return fs::exists(fs::path(file.string() + "-wal"), error);
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

namespace {

std::unique_ptr<Database> openChecked(const fs::path& file)
{
    if (requireProjectPath(file, false) == 0)
        throw InputError(file, "is an empty file (0 bytes), not a NEAR² project");
    // A writable project is read through a normal connection, which removes its -wal/-shm on close; a
    // read-only one without pending writes is opened immutable, so SQLite creates nothing beside it.
    Database::Mode mode = Database::Mode::ReadWrite;
    if (!projectLocationWritable(file))
        mode = hasWriteAheadLog(file) ? Database::Mode::ReadOnly : Database::Mode::Immutable;
    auto db = std::make_unique<Database>(file, mode);
    checkProjectFile(*db, false);
    return db;
}

} // namespace

std::unique_ptr<Database> openProjectForReading(const fs::path& file)
{
    auto db = openChecked(file);
    if (db->pragmaNumber("user_version") < kSchemaVersion) {
        db = Database::inMemoryCopy(*db);
        migrate(*db);
    }
    return db;
}

void checkProjectWritable(const fs::path& file)
{
    const auto size = requireProjectPath(file, true);
    std::error_code error;
    if (!fs::exists(file, error) && !fs::is_directory(folderOf(file), error))
        throw InputError(file, "cannot create the project: the folder " + folderOf(file).string() +
                                   " does not exist");
    if (!projectLocationWritable(file))
        throw InputError(file, fs::exists(file, error)
                                   ? "the project is read-only (the file or its folder cannot be written)"
                                   : "cannot create the project: its folder is not writable");
    if (size > 0)
        openChecked(file);
}

} // namespace near2::store
