#pragma once
// A read-only memory mapping of a whole file, shared by the matrices that view it.
#include <cstddef>
#include <filesystem>
#include <memory>

namespace near2 {

class MappedFile
{
public:
    // Throws InputError when the file cannot be opened or mapped.
    static std::shared_ptr<const MappedFile> open(const std::filesystem::path& file);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const std::byte* data() const { return m_data; }
    std::size_t size() const { return m_size; }

    // Hints for a front-to-back read of a file larger than memory: start reading [begin, end) ahead
    // (asynchronous read-ahead), and drop the pages of [begin, end) from this process's resident set once
    // read (the page cache keeps them while memory allows; a later read maps them again). Both are hints:
    // they never change what is read. Addresses must lie in the mapping.
    void willRead(const std::byte* begin, const std::byte* end) const;
    void doneReading(const std::byte* begin, const std::byte* end) const;

private:
    MappedFile(const std::byte* data, std::size_t size) : m_data(data), m_size(size) {}
    const std::byte* m_data;
    std::size_t m_size;
};

} // namespace near2
