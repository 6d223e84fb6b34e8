#pragma once
// A NestedLayout kept in a file (beside its project) and mapped read-only when the project opens again:
// nothing is rebuilt, and its pages belong to the page cache, not to the process's heap. The file records its
// shape (rows, segment ends) and a hash of its source: a key the caller forms from the catalog's files, and a
// fingerprint of rows sampled across the catalog. A file that does not match, is truncated or is damaged is
// rebuilt; it is written under a temporary name, synced and renamed, so a crash never leaves half a cache.
#include "core/embed/embedding_matrix.h"
#include "core/search/nested_layout.h"
#include "core/util/progress.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace near2 {

struct NestedLayoutFile
{
    std::filesystem::path path;
    std::string sourceKey; // changes whenever the catalog's embeddings may have changed
};

// How openNestedLayout came by its layout.
enum class NestedLayoutOrigin { MappedCache, BuiltIntoCache, BuiltInMemory };

struct OpenedNestedLayout
{
    std::shared_ptr<const NestedLayout> layout;
    NestedLayoutOrigin origin = NestedLayoutOrigin::BuiltInMemory;
};

// The layout of `corpus` at `dims`: mapped from `file` when it holds it, else built into it and mapped;
// built in memory when the file cannot be written (a read-only folder, a full disk). Reports "nested blocks"
// while building; a cancelled build leaves no file.
OpenedNestedLayout openNestedLayout(const EmbeddingMatrix& corpus, const std::vector<int>& dims,
                                    const NestedLayoutFile& file, const JobControl& job);

} // namespace near2
