#pragma once
// A catalog stored as shards (one per rank of `mpirun -np N near2 encode`) and a manifest that names them in
// order; read back, the manifest is one catalog whose rows are the shards' rows one after the other:
//
//   {"format": "near2-embedding-shards/1", "rows": 1000, "dim": 768,
//    "shards": [{"file": "catalog.shard-0-of-2.npy", "rows": 500}, {"file": "catalog.shard-1-of-2.npy",
//    ...}]}
//
// Shard paths are relative to the manifest's folder. Each shard is memory-mapped like any embedding file.
#include "core/embed/embedding_matrix.h"

#include <filesystem>
#include <string>
#include <vector>

namespace near2 {

struct EmbeddingShard
{
    std::string file; // relative to the manifest's folder
    std::size_t rows = 0;
};

bool isShardManifest(const std::filesystem::path& file); // by extension: .json

// The file of shard `rank` of `ranks` for a manifest: catalog.json → catalog.shard-1-of-4.npy beside it.
std::filesystem::path shardFileFor(const std::filesystem::path& manifest, int rank, int ranks);

// Throws InputError naming the manifest (bad JSON, missing fields) or the shard (missing, a row count or
// dimension other than the manifest's).
EmbeddingMatrix readShardManifest(const std::filesystem::path& manifest);

// Writes the manifest atomically (after the shards, so a manifest only ever names complete shards).
void writeShardManifest(const std::filesystem::path& manifest, const std::vector<EmbeddingShard>& shards,
                        std::size_t dim);

} // namespace near2
