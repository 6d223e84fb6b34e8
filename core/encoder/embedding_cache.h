#pragma once
// The embedding cache: encodes a model's texts once and never again. Keyed by ModelBundle::contentHash (the
// model's files, precision and encoder version) and a hash of the texts (and their kind); vectors in a raw
// float32 file (rows × dim, input order) that is memory-mapped when read; metadata in SQLite (cache_index.h).
// Encoding streams into the file chunk by chunk (text_encoder.h: one chunk's tokens in memory at a time); the
// file's size is reserved first, so a full disk is an InputError before any work. An interrupted encoding
// resumes from its last chunk (`done` rows in input order). One process at a time per entry.
#include "core/encoder/cache_index.h"
#include "core/encoder/text_encoder.h"

#include <filesystem>
#include <string>
#include <vector>

namespace near2 {

// NEAR2_CACHE_DIR, else $XDG_CACHE_HOME/near2, else ~/.cache/near2.
std::filesystem::path defaultCacheDir();

class EmbeddingCache
{
public:
    explicit EmbeddingCache(std::filesystem::path folder = defaultCacheDir());

    // The cached embeddings of `texts`, encoding (or finishing) them first when needed.
    EmbeddingMatrix encode(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                           const EncodeOptions& options, const JobControl& job);

    std::vector<CacheEntry> list() const { return m_index.list(); }
    std::uintmax_t bytesOf(const CacheEntry& entry) const;
    std::size_t clear(); // removes every entry and its file; returns how many
    const std::filesystem::path& folder() const { return m_folder; }

private:
    std::filesystem::path m_folder;
    CacheIndex m_index;
};

// EmbeddingCache(defaultCacheDir()).encode(...): what `near2 eval --model` calls for catalog and queries.
EmbeddingMatrix encodeCached(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                             const EncodeOptions& options, const JobControl& job);

// A hash of the texts and their kind: the texts half of a cache key.
std::string textsKey(const std::vector<std::string>& texts, TextKind kind);

} // namespace near2
