#pragma once
// An output set (every file one command writes into a folder) committed all or nothing. The files are written
// into a hidden staging folder; commit() moves them into the target at once:
// - target absent or empty: the staging folder sits beside it and one rename() makes it the target;
// - target holding other files: the staging folder sits inside it; each staged file replaces its namesake
//   (the old one kept as a hard link until the end) and any failure puts every old file back.
// Destroyed without commit(), it removes the staging folder and any parent folders it created, so a failed
// command leaves the disk as it found it. Staging folders left by a killed process (its pid gone) are removed
// the next time the same target is written.
#include <filesystem>
#include <string>
#include <vector>

namespace near2 {

class OutputFolder
{
public:
    // Checks at once that `target` can be written (absent, or a writable folder): throws InputError
    // otherwise, before the caller does any work. Creates nothing until staging() is first called.
    explicit OutputFolder(std::filesystem::path target);
    ~OutputFolder();
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;

    const std::filesystem::path& target() const { return m_target; }
    // The folder to write into (created on first use); write `staging() / "name"`.
    const std::filesystem::path& staging();
    // Moves every staged file into the target; throws InputError (and changes nothing) on failure.
    void commit();

private:
    void createStaging();
    void removeStaleStaging(const std::filesystem::path& folder, const std::string& prefix) const;
    void discard();

    std::filesystem::path m_target;
    std::filesystem::path m_staging;
    bool m_targetHadEntries = false;
    bool m_committed = false;
    std::vector<std::filesystem::path> m_createdParents; // deepest last
};

} // namespace near2
