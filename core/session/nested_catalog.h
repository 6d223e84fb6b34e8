#pragma once
// The catalog in nested blocks for ad-hoc queries, made on the first query that needs it rather than when
// the project opens (a project without a model never needs it, and opening stays within the embeddings'
// own memory): mapped from its cache file beside the project (FILE.near2.nested) when that holds this
// catalog, else built into that file, or into memory where the file cannot be written.
#include "core/embed/embedding_matrix.h"
#include "core/search/nested_layout_cache.h"
#include "core/store/project_data.h"

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

namespace near2::session {

class NestedCatalog
{
public:
    // `file.path` empty: built in memory.
    NestedCatalog(EmbeddingMatrix corpus, std::vector<int> dims, NestedLayoutFile file);

    // Builds or maps the layout once; concurrent callers wait for the first. A cancelled build throws
    // CancelledError and the next call starts again.
    std::shared_ptr<const NestedLayout> layout(const JobControl& job) const;
    // Null until layout() has returned.
    std::shared_ptr<const NestedLayout> layoutIfReady() const;

private:
    EmbeddingMatrix m_corpus;
    std::vector<int> m_dims;
    NestedLayoutFile m_file;
    mutable std::mutex m_building;
    mutable std::mutex m_ready;
    mutable std::shared_ptr<const NestedLayout> m_layout;
};

// Where the layout of `project`'s catalog is cached: FILE.near2 → FILE.near2.nested.
std::filesystem::path nestedLayoutPathOf(const std::filesystem::path& projectFile);
// A key that changes when the catalog's embeddings may have: the path, size and modification time of the
// corpus embeddings file, or of a model's files and the catalog's texts.
std::string catalogSourceKey(const ModelSource& model, const DatasetSource& dataset);

} // namespace near2::session
