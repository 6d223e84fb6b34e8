#include "core/util/reserved_file.h"

#include "core/util/error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace near2 {

ReservedFile::ReservedFile(std::filesystem::path file, std::uint64_t bytes, std::string what)
    : m_file(std::move(file)), m_what(std::move(what))
{
    m_fd = ::open(m_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        fail("cannot create the file for " + m_what);
    if (const int error = ::posix_fallocate(m_fd, 0, static_cast<off_t>(bytes)); error != 0) {
        // Only a new file can fail here (a resumed one is reserved already): nothing of it is kept.
        ::close(m_fd);
        m_fd = -1;
        ::unlink(m_file.c_str());
        errno = error;
        fail("cannot reserve " + std::to_string(bytes) + " bytes for " + m_what);
    }
}

ReservedFile::~ReservedFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void ReservedFile::write(std::uint64_t offset, const void* data, std::size_t bytes)
{
    const char* next = static_cast<const char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::pwrite(m_fd, next, bytes, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail("cannot write " + m_what);
        next += n;
        offset += static_cast<std::uint64_t>(n);
        bytes -= static_cast<std::size_t>(n);
    }
}

void ReservedFile::read(std::uint64_t offset, void* data, std::size_t bytes) const
{
    char* next = static_cast<char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::pread(m_fd, next, bytes, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail("cannot read " + m_what);
        next += n;
        offset += static_cast<std::uint64_t>(n);
        bytes -= static_cast<std::size_t>(n);
    }
}

void ReservedFile::sync()
{
    if (::fdatasync(m_fd) != 0)
        fail("cannot write " + m_what);
}

void ReservedFile::fail(const std::string& what) const
{
    const int error = errno;
    const std::string reason = error == ENOSPC || error == EDQUOT ? "the disk is full" : std::strerror(error);
    throw InputError(m_file, what + ": " + reason);
}

} // namespace near2
