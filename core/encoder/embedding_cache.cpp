#include "core/encoder/embedding_cache.h"

#include "core/embed/mapped_file.h"
#include "core/encoder/content_hash.h"
#include "core/util/error.h"
#include "core/util/reserved_file.h"

#include <chrono>
#include <cstdlib>
#include <cstring>

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
        ReservedFile writer(m_folder / entry.file, bytes, "the cached vectors");
        if (entry.done == 0)
            m_index.put(entry); // recorded once its file is reserved: a full disk leaves no entry behind
        const std::size_t rowBytes = dim * sizeof(float);
        encodeStream(
            bundle, texts, kind, options, job, entry.done,
            [&](std::size_t first, std::size_t count, const float* values) {
                writer.write(first * rowBytes, values, count * rowBytes);
                writer.sync();
                if (first + count < rows)
                    m_index.setProgress(entry, first + count, false);
            },
            [&](std::size_t row, float* values) { writer.read(row * rowBytes, values, rowBytes); });
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
