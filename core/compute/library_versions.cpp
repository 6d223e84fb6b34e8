#include "core/compute/library_versions.h"

#include "core/compute/runtime.h"

#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <unicode/uversion.h>

#ifndef NEAR2_GIT_REVISION
#define NEAR2_GIT_REVISION "unknown"
#endif

namespace near2::compute {

namespace {

std::string icuVersion()
{
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return text;
}

std::string fmtVersion()
{
    return std::to_string(FMT_VERSION / 10000) + "." + std::to_string(FMT_VERSION / 100 % 100) + "." +
           std::to_string(FMT_VERSION % 100);
}

} // namespace

std::vector<LibraryVersion> libraryVersions()
{
    return {
        {"LibTorch", torchVersion(), "BSD-3-Clause"},
        {"FAISS", faissVersion(), "MIT"},
        {"SQLite", sqlite3_libversion(), "blessing (public domain)"},
        {"ICU", icuVersion(), "Unicode-DFS-2016"},
        {"OpenBLAS", "(system libblas.so.3)", "BSD-3-Clause"},
        {"nlohmann/json",
         std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_MINOR) +
             "." + std::to_string(NLOHMANN_JSON_VERSION_PATCH),
         "MIT"},
        {"{fmt}", fmtVersion(), "MIT"},
    };
}

std::string gitRevision()
{
    return NEAR2_GIT_REVISION;
}

} // namespace near2::compute
