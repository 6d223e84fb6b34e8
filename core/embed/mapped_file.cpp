#include "core/embed/mapped_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/util/error.h"

namespace near2 {

std::shared_ptr<const MappedFile> MappedFile::open(const std::filesystem::path& file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw InputError(file, std::string("cannot open: ") + std::strerror(errno));
    struct stat info{};
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

MappedFile::~MappedFile()
{
    if (m_data)
        ::munmap(const_cast<std::byte*>(m_data), m_size);
}

} // namespace near2
