#include "tests/fuzz/fuzz_support.h"

#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace near2::fuzz {

namespace {
struct ScratchDir
{
    std::filesystem::path path;
    ScratchDir()
    {
        const char* tmp = std::getenv("TMPDIR");
        std::filesystem::path base =
            tmp ? tmp : (std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp");
        path = base / ("near2-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~ScratchDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};
} // namespace

const std::filesystem::path& scratchDir()
{
    static const ScratchDir dir;
    return dir.path;
}

std::filesystem::path writeScratch(const std::string& name, std::string_view bytes)
{
    auto path = scratchDir() / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path;
}

std::vector<std::string_view> splitParts(std::string_view input, std::string_view separator)
{
    std::vector<std::string_view> parts;
    for (;;) {
        const auto at = input.find(separator);
        if (at == std::string_view::npos) {
            parts.push_back(input);
            return parts;
        }
        parts.push_back(input.substr(0, at));
        input.remove_prefix(at + separator.size());
    }
}

} // namespace near2::fuzz
