#include "core/util/bounded_read.h"

#include "core/util/error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace near2 {

namespace {

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

std::string sizeText(std::uint64_t bytes)
{
    return bytes >= (1ull << 20) ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

} // namespace

std::uint64_t regularFileSize(const std::filesystem::path& file, const std::string& what)
{
    struct stat info{};
    if (::stat(file.c_str(), &info) != 0)
        throw InputError(file, "cannot open " + what + ": " + std::strerror(errno));
    if (!S_ISREG(info.st_mode))
        throw InputError(file, what + " is not a regular file");
    return static_cast<std::uint64_t>(info.st_size);
}

std::string readFileBounded(const std::filesystem::path& file, std::uint64_t maxBytes, const std::string& what)
{
    regularFileSize(file, what); // refuses devices and FIFOs before opening (a FIFO's open would block)
    // O_NONBLOCK: a file swapped for a FIFO after the check still cannot block the open.
    const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0)
        throw InputError(file, "cannot open " + what + ": " + std::strerror(errno));
    struct stat info{};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode))
        throw InputError(file, what + " is not a regular file");
    if (static_cast<std::uint64_t>(info.st_size) > maxBytes)
        throw InputError(file, what + " is larger than " + sizeText(maxBytes) + " (" +
                                   sizeText(static_cast<std::uint64_t>(info.st_size)) + ")");
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(info.st_size));
    std::size_t filled = 0;
    // Reads at most maxBytes + 1 bytes whatever the file claims, so a file that grows is caught too.
    while (true) {
        if (filled == bytes.size()) {
            if (bytes.size() > maxBytes)
                throw InputError(file, what + " is larger than " + sizeText(maxBytes));
            bytes.resize(std::min<std::uint64_t>(maxBytes + 1, bytes.size() + 65536));
        }
        const ssize_t n = ::read(fd.get(), bytes.data() + filled, bytes.size() - filled);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw InputError(file, "cannot read " + what + ": " + std::strerror(errno));
        }
        if (n == 0)
            break;
        filled += static_cast<std::size_t>(n);
    }
    bytes.resize(filled);
    return bytes;
}

} // namespace near2
