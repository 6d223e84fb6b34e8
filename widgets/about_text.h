#pragma once
#include "core/compute/library_versions.h"

#include <QString>
#include <vector>

namespace near2::widgets {

// The application's one-line description, shown in the window title and the About box.
QString applicationTagline();

// The About box's rich text: version, git revision, Qt (queried at run time) and the given libraries with
// their licences. The app passes compute::libraryVersions(); this layer does not link the compute core.
QString aboutHtml(const QString& version, const QString& gitRevision,
                  const std::vector<compute::LibraryVersion>& libraries);

} // namespace near2::widgets
