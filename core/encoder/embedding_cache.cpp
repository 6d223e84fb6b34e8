#include "core/encoder/embedding_cache.h"

#include "core/embed/mapped_file.h"
#include "core/encoder/content_hash.h"
#include "core/util/error.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace near2 {

namespace {

const char* kindName(TextKind kind)
{
    return kind == TextKind::Query ? "query" : "document";
}

std::string utcNow()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return text;
}

// The cached vector file being written: its full size reserved up front (posix_fallocate, so a full disk is
// an error at once, never a SIGBUS from a mapping of a sparse file), rows written with checked pwrite calls
// and flushed before each checkpoint is recorded.
class VectorFileWriter
{
public:
    VectorFileWriter(const std::filesystem::path& file, std::uint64_t bytes) : m_file(file)
    {
        m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0)
            fail("cannot create the cached vector file");
        if (const int error = ::posix_fallocate(m_fd, 0, static_cast<off_t>(bytes)); error != 0) {
            // Only a new file can fail here (a resumed one is reserved already): nothing of it is kept.
            ::close(m_fd);
            m_fd = -1;
            ::unlink(file.c_str());
            errno = error;
            fail("cannot reserve " + std::to_string(bytes) + " bytes for the cached vectors");
        }
    }
    ~VectorFileWriter()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    VectorFileWriter(const VectorFileWriter&) = delete;
    VectorFileWriter& operator=(const VectorFileWriter&) = delete;

    void write(std::uint64_t offset, const void* data, std::size_t bytes)
    {
        const char* next = static_cast<const char*>(data);
        while (bytes > 0) {
            const ssize_t n = ::pwrite(m_fd, next, bytes, static_cast<off_t>(offset));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                fail("cannot write the cached vectors");
            next += n;
            offset += static_cast<std::uint64_t>(n);
            bytes -= static_cast<std::size_t>(n);
        }
    }
    void sync()
    {
        if (::fdatasync(m_fd) != 0)
            fail("cannot write the cached vectors");
    }

private:
    [[noreturn]] void fail(const std::string& what)
    {
        const int error = errno;
        const std::string reason =
            error == ENOSPC || error == EDQUOT ? "the disk is full" : std::strerror(error);
        throw InputError(m_file, what + ": " + reason);
    }
    std::filesystem::path m_file;
    int m_fd = -1;
};

bool fileHasSize(const std::filesystem::path& file, std::uintmax_t bytes)
{
    std::error_code error;
    return std::filesystem::file_size(file, error) == bytes && !error;
}

} // namespace

std::filesystem::path defaultCacheDir()
{
    if (const char* dir = std::getenv("NEAR2_CACHE_DIR"); dir && *dir)
        return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "near2";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "near2";
    return std::filesystem::temp_directory_path() / "near2-cache";
}

std::string textsKey(const std::vector<std::string>& texts, TextKind kind)
{
    ContentHasher hasher;
    hasher.updateField(kindName(kind));
    for (const std::string& text : texts)
        hasher.updateField(text);
    return hasher.hex();
}

EmbeddingCache::EmbeddingCache(std::filesystem::path folder) : m_folder(std::move(folder)), m_index(m_folder)
{
}

EmbeddingMatrix EmbeddingCache::encode(const ModelBundle& bundle, const std::vector<std::string>& texts,
                                       TextKind kind, const EncodeOptions& options, const JobControl& job)
{
    const std::size_t rows = texts.size(), dim = bundle.dim();
    if (rows == 0)
        return EmbeddingMatrix(std::vector<float>{}, 0, dim);
    const std::uintmax_t bytes = rows * dim * sizeof(float);
    CacheEntry entry;
    entry.modelKey = bundle.contentHash();
    entry.textsKey = textsKey(texts, kind);
    entry.kind = kindName(kind);
    const auto found = m_index.find(entry.modelKey, entry.textsKey, entry.kind);
    if (found && found->rows == rows && found->dim == dim && fileHasSize(m_folder / found->file, bytes)) {
        if (found->complete) {
            auto mapping = MappedFile::open(m_folder / found->file);
            const auto* data = reinterpret_cast<const float*>(mapping->data());
            return EmbeddingMatrix(std::move(mapping), data, rows, dim);
        }
        entry = *found; // resume from its checkpoint
    } else {
        entry.modelName = bundle.manifest().name;
        entry.rows = rows;
        entry.dim = dim;
        entry.file =
            entry.modelKey.substr(0, 16) + "-" + entry.textsKey.substr(0, 16) + "-" + entry.kind + ".f32";
        entry.created = utcNow();
        std::filesystem::remove(m_folder / entry.file);
    }

    {
        VectorFileWriter writer(m_folder / entry.file, bytes);
        if (entry.done == 0)
            m_index.put(entry); // recorded once its file is reserved: a full disk leaves no entry behind
        const std::size_t rowBytes = dim * sizeof(float);
        encodeStream(bundle, texts, kind, options, job, entry.done,
                     [&](std::size_t first, std::size_t count, const float* values) {
                         writer.write(first * rowBytes, values, count * rowBytes);
                         writer.sync();
                         if (first + count < rows)
                             m_index.setProgress(entry, first + count, false);
                     });
    }
    m_index.setProgress(entry, rows, true);
    auto mapping = MappedFile::open(m_folder / entry.file);
    const auto* data = reinterpret_cast<const float*>(mapping->data());
    return EmbeddingMatrix(std::move(mapping), data, rows, dim);
}

std::uintmax_t EmbeddingCache::bytesOf(const CacheEntry& entry) const
{
    std::error_code error;
    const auto size = std::filesystem::file_size(m_folder / entry.file, error);
    return error ? 0 : size;
}

std::size_t EmbeddingCache::clear()
{
    const auto entries = m_index.list();
    for (const CacheEntry& entry : entries) {
        std::error_code ignored;
        std::filesystem::remove(m_folder / entry.file, ignored);
    }
    m_index.removeAll();
    return entries.size();
}

EmbeddingMatrix encodeCached(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                             const EncodeOptions& options, const JobControl& job)
{
    return EmbeddingCache(defaultCacheDir()).encode(bundle, texts, kind, options, job);
}

} // namespace near2
