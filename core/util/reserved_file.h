#pragma once
// A file written in place at known offsets: its full size reserved up front (posix_fallocate, so a full disk
// is an error at once, never a SIGBUS from a mapping of a sparse file), written with checked pwrite calls and
// flushed with fdatasync. Every failure is an InputError naming the file ("the disk is full" for ENOSPC).
// An existing file is kept (a resumed write); a new one whose reservation fails is removed.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace near2 {

class ReservedFile
{
public:
    // `what`: what the file holds, for messages (e.g. "the cached vectors").
    ReservedFile(std::filesystem::path file, std::uint64_t bytes, std::string what);
    ~ReservedFile();
    ReservedFile(const ReservedFile&) = delete;
    ReservedFile& operator=(const ReservedFile&) = delete;

    void write(std::uint64_t offset, const void* data, std::size_t bytes);
    void read(std::uint64_t offset, void* data, std::size_t bytes) const; // what an earlier write put there
    void sync();

private:
    [[noreturn]] void fail(const std::string& what) const;

    std::filesystem::path m_file;
    std::string m_what;
    int m_fd = -1;
};

} // namespace near2
