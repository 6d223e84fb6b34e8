#pragma once
// The project file's schema and its migrations. PRAGMA application_id marks a NEAR² project; PRAGMA
// user_version is the schema version. Opening migrates older files forward inside one transaction, and
// refuses (InputError) files from a newer NEAR² or that are not NEAR² projects.
#include "core/store/sqlite_database.h"

namespace near2::store {

inline constexpr int kSchemaVersion = 5;
inline constexpr int kApplicationId = 0x4E454132; // "NEA2"

// Brings a new or older project up to `target` (kSchemaVersion by default; lower values for tests).
void migrate(const Database& db, int target = kSchemaVersion);

// Refuses a file that is not a project, is corrupt, or comes from a newer version. An empty database counts
// as a new project when `acceptEmpty`, else it is refused too.
void checkProjectFile(const Database& db, bool acceptEmpty = true);

} // namespace near2::store
