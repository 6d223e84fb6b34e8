#include "core/embed/mapped_file.h"

#include "core/util/error.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace near2 {

std::shared_ptr<const MappedFile> MappedFile::open(const std::filesystem::path& file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw InputError(file, std::string("cannot open: ") + std::strerror(errno));
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        ::close(fd);
        throw InputError(file, std::string("cannot stat: ") + std::strerror(errno));
    }
    const auto size = static_cast<std::size_t>(info.st_size);
    void* address = size == 0 ? nullptr : ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (address == MAP_FAILED)
        throw InputError(file, std::string("cannot map: ") + std::strerror(errno));
    return std::shared_ptr<const MappedFile>(new MappedFile(static_cast<const std::byte*>(address), size));
}

namespace {
std::uintptr_t pageSize()
{
    static const auto size = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    return size;
}
} // namespace

void MappedFile::willRead(const std::byte* begin, const std::byte* end) const
{
    const auto page = pageSize();
    const auto first = reinterpret_cast<std::uintptr_t>(begin) / page * page; // whole pages around the range
    const auto last = reinterpret_cast<std::uintptr_t>(end);
    if (last > first)
        ::madvise(reinterpret_cast<void*>(first), last - first, MADV_WILLNEED);
}

void MappedFile::doneReading(const std::byte* begin, const std::byte* end) const
{
    const auto page = pageSize();
    const auto first = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) / page * page; // pages inside it
    const auto last = reinterpret_cast<std::uintptr_t>(end) / page * page;
    if (last > first)
        ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

MappedFile::~MappedFile()
{
    if (m_data)
        ::munmap(const_cast<std::byte*>(m_data), m_size);
}

} // namespace near2
