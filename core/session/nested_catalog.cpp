#include "core/session/nested_catalog.h"

#include <algorithm>
#include <chrono>

namespace near2::session {

namespace {

std::string identityOf(const std::filesystem::path& file)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    const auto modified = std::filesystem::last_write_time(file, error);
    return file.string() + ":" + std::to_string(size) + ":" +
           std::to_string(modified.time_since_epoch().count()) + ";";
}

// Every regular file under `folder` (a model folder: Hugging Face keeps pooling in 1_Pooling/), sorted.
std::string identityOfFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder, error))
        if (entry.is_regular_file(error))
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::string identity = folder.string() + "/{";
    for (const auto& file : files)
        identity += identityOf(file);
    return identity + "}";
}

} // namespace

NestedCatalog::NestedCatalog(EmbeddingMatrix corpus, std::vector<int> dims, NestedLayoutFile file)
    : m_corpus(std::move(corpus)), m_dims(std::move(dims)), m_file(std::move(file))
{
}

std::shared_ptr<const NestedLayout> NestedCatalog::layout(const JobControl& job) const
{
    const std::lock_guard building(m_building);
    if (auto ready = layoutIfReady())
        return ready;
    auto opened = openNestedLayout(m_corpus, m_dims, m_file, job).layout;
    const std::lock_guard lock(m_ready);
    m_layout = opened;
    return opened;
}

std::shared_ptr<const NestedLayout> NestedCatalog::layoutIfReady() const
{
    const std::lock_guard lock(m_ready);
    return m_layout;
}

std::filesystem::path nestedLayoutPathOf(const std::filesystem::path& projectFile)
{
    return projectFile.string() + ".nested";
}

std::string catalogSourceKey(const ModelSource& model, const DatasetSource& dataset)
{
    // Embedding files: the catalog's own file is the source. A model: its files, and the catalog's texts
    // (a BEIR or demo folder's corpus.jsonl, else the dataset's files). Nothing else, so that a project kept
    // inside its dataset folder (written at each opening) does not invalidate its own cache.
    if (model.kind != "bundle")
        return "embeddings " + (model.paths.empty() ? std::string() : identityOf(model.paths[0]));
    std::string key = "model " + (model.paths.empty() ? std::string() : identityOfFolder(model.paths[0]));
    key += " texts " + dataset.format + ":";
    for (const auto& path : dataset.paths) {
        std::error_code error;
        const bool folder = std::filesystem::is_directory(path, error);
        key +=
            identityOf(folder ? std::filesystem::path(path) / "corpus.jsonl" : std::filesystem::path(path));
    }
    return key;
}

} // namespace near2::session
