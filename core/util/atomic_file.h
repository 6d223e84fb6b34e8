#pragma once
// Writes a file under a temporary name in the same folder and renames it into place on commit(),
// so readers never see half a file. Destroyed without commit(), it removes the temporary.
#include <filesystem>
#include <fstream>

namespace near2 {

class AtomicFile
{
public:
    explicit AtomicFile(std::filesystem::path target, std::ios::openmode mode = std::ios::out);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ofstream& stream() { return m_stream; }
    const std::filesystem::path& target() const { return m_target; }
    void commit(); // flushes, checks for write errors, renames; throws InputError on failure

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    std::ofstream m_stream;
    bool m_committed = false;
};

} // namespace near2
