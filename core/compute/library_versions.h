#pragma once
// What the About box and `near2 --version` report about the build: the git revision and the libraries
// linked in, with their licences. No Qt here; the GUI adds Qt's own version.
#include <string>
#include <vector>

namespace near2::compute {

struct LibraryVersion
{
    std::string name;
    std::string version;
    std::string licence; // SPDX identifier
};

// LibTorch, OpenBLAS, SQLite and ICU as the loaded libraries report themselves; FAISS from its headers (it is
// linked statically, so they are the library's).
std::vector<LibraryVersion> libraryVersions();

// `git describe --always --dirty` of the source tree when the build was configured, or "unknown".
std::string gitRevision();

} // namespace near2::compute
