#pragma once
// Helpers shared by the core tests: scratch folders and the location of ../shared.
#include "core/util/error.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace near2::test {

// A fresh empty folder under the system temp dir, removed when the object dies.
class ScratchDir
{
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// ../shared/<relative>, or an empty path when absent (callers GTEST_SKIP with a message).
std::filesystem::path sharedPath(const std::string& relative);

void writeText(const std::filesystem::path& file, const std::string& text);
// The names in `folder`, sorted (hidden ones included).
std::vector<std::string> folderEntries(const std::filesystem::path& folder);
std::string readText(const std::filesystem::path& file);

// A version 1.0 .npy file: the header dict with `descr`, `shape` (as written, e.g. "(2, 4)") and order,
// padded as NumPy pads it, then `payload` as it is.
std::string npyBytes(const std::string& descr, const std::string& shape, const std::string& payload,
                     bool fortran = false);

// Runs `action` and expects an InputError whose message contains `fragment`; returns its line (0 if none).
template <typename Action> std::size_t inputErrorLine(Action action, const std::string& fragment)
{
    try {
        action();
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
        return error.line();
    }
    ADD_FAILURE() << "no InputError";
    return 0;
}

} // namespace near2::test

#define NEAR2_REQUIRE_SHARED(var, relative)                                                                  \
    const auto var = ::near2::test::sharedPath(relative);                                                    \
    if (var.empty())                                                                                         \
    GTEST_SKIP() << "../shared/" << (relative) << " is absent: skipping"
