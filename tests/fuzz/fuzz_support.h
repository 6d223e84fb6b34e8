#pragma once
// What every harness shares: the input written to a scratch file (for readers that take a path), split into
// parts, and the rule that a parser may reject its input only with InputError. Anything else escaping a
// harness (std::bad_alloc, std::out_of_range, a library's own exception) is a finding: libFuzzer reports the
// std::terminate as a crash.
#include "core/util/error.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace near2::fuzz {

// A folder of this process's own under $TMPDIR (or /dev/shm when it exists), removed at exit.
const std::filesystem::path& scratchDir();

// Writes `bytes` to scratchDir()/name (replacing it) and returns the path.
std::filesystem::path writeScratch(const std::string& name, std::string_view bytes);

// The input cut at each occurrence of `separator` (kept out of the parts): lets one input fill several files.
std::vector<std::string_view> splitParts(std::string_view input, std::string_view separator);

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// Runs `parse`; InputError is an accepted outcome, every other exception escapes.
template <class Parse> void acceptInputErrors(Parse&& parse)
{
    try {
        parse();
    } catch (const InputError&) {
    }
}

} // namespace near2::fuzz
