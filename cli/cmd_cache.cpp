// near2 cache list|clear: the embedding cache ($NEAR2_CACHE_DIR, $XDG_CACHE_HOME/near2 or ~/.cache/near2).
#include "cli/command.h"
#include "core/encoder/embedding_cache.h"

#include <fmt/format.h>
#include <iostream>
#include <memory>

namespace near2::cli {

namespace {

int listCache()
{
    EmbeddingCache cache;
    const auto entries = cache.list();
    std::cout << fmt::format("cache: {} ({} entries)\n", cache.folder().string(), entries.size());
    if (entries.empty())
        return 0;
    std::cout << fmt::format("{:<24} {:<9} {:>10} {:>5} {:>10} {:<10} {:<21} {}\n", "model", "kind", "rows",
                             "dim", "MB", "status", "created", "file");
    for (const CacheEntry& entry : entries) {
        const std::string status =
            entry.complete ? "complete" : fmt::format("{}%", entry.rows ? 100 * entry.done / entry.rows : 0);
        std::cout << fmt::format(
            "{:<24} {:<9} {:>10} {:>5} {:>10.1f} {:<10} {:<21} {}\n", entry.modelName, entry.kind, entry.rows,
            entry.dim, static_cast<double>(cache.bytesOf(entry)) / 1e6, status, entry.created, entry.file);
    }
    return 0;
}

int clearCache()
{
    EmbeddingCache cache;
    std::cout << fmt::format("removed {} cache entries from {}\n", cache.clear(), cache.folder().string());
    return 0;
}

Runner setup(CLI::App& app)
{
    app.require_subcommand(1);
    auto* list = app.add_subcommand("list", "List cached embeddings");
    app.add_subcommand("clear", "Remove every cached embedding");
    return [list] { return list->parsed() ? listCache() : clearCache(); };
}

} // namespace

NEAR2_COMMAND(Command{"cache", "List or clear the embedding cache", setup})

} // namespace near2::cli
