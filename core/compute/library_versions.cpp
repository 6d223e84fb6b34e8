#include "core/compute/library_versions.h"

#include "core/compute/runtime.h"

#include <ATen/Version.h>
#include <dlfcn.h>
#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <unicode/uversion.h>
#ifdef NEAR2_HAVE_ONEDNN
#include <oneapi/dnnl/dnnl.h>
#endif

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

// The loaded LibTorch's own build configuration names its version; the header's is the fallback.
std::string loadedTorchVersion()
{
    const std::string config = at::show_config();
    const std::string key = "TORCH_VERSION=";
    const auto start = config.find(key);
    if (start == std::string::npos)
        return torchVersion();
    const auto end = config.find_first_of(", \n", start + key.size());
    return config.substr(start + key.size(), end - start - key.size());
}

// OpenBLAS is Debian's libblas.so.3 alternative, loaded through LibTorch; another BLAS has no such function.
std::string loadedBlasVersion()
{
    using GetConfig = const char* (*)();
    const auto getConfig = reinterpret_cast<GetConfig>(dlsym(RTLD_DEFAULT, "openblas_get_config"));
    if (!getConfig)
        return "not loaded (another libblas.so.3?)";
    const std::string config = getConfig(); // "OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH … USE_OPENMP …"
    const auto start = config.find(' ');
    const auto end = config.find(' ', start + 1);
    const std::string version =
        start == std::string::npos ? config : config.substr(start + 1, end - start - 1);
    return version + (config.find("USE_OPENMP") != std::string::npos ? " (OpenMP)" : "");
}

std::string fmtVersion()
{
    return std::to_string(FMT_VERSION / 10000) + "." + std::to_string(FMT_VERSION / 100 % 100) + "." +
           std::to_string(FMT_VERSION % 100);
}

#ifdef NEAR2_HAVE_ONEDNN
std::string oneDnnVersion()
{
    const dnnl_version_t* version = dnnl_version();
    return fmt::format("{}.{}.{}", version->major, version->minor, version->patch);
}
#endif

} // namespace

std::vector<LibraryVersion> libraryVersions()
{
    return {
        {"LibTorch", loadedTorchVersion(), "BSD-3-Clause"},
        {"FAISS", faissVersion(), "MIT"},
        {"SQLite", sqlite3_libversion(), "blessing (public domain)"},
        {"ICU", icuVersion(), "Unicode-DFS-2016"},
        {"OpenBLAS", loadedBlasVersion(), "BSD-3-Clause"},
        {"nlohmann/json",
         std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_MINOR) +
             "." + std::to_string(NLOHMANN_JSON_VERSION_PATCH),
         "MIT"},
        {"{fmt}", fmtVersion(), "MIT"},
#ifdef NEAR2_HAVE_ONEDNN
        {"oneDNN", oneDnnVersion(), "Apache-2.0"},
#endif
    };
}

std::string gitRevision()
{
    return NEAR2_GIT_REVISION;
}

} // namespace near2::compute
