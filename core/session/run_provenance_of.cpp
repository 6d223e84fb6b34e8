#include "core/session/run_provenance_of.h"

#include "core/encoder/content_hash.h"

#include <algorithm>
#include <filesystem>

namespace near2::session {

std::vector<ProvenanceFile> hashedFiles(const std::vector<std::string>& paths)
{
    namespace fs = std::filesystem;
    std::vector<ProvenanceFile> files;
    const auto add = [&](const fs::path& file) {
        ProvenanceFile entry{file.string(), {}, 0};
        std::error_code error;
        const auto size = fs::file_size(file, error);
        entry.bytes = error ? 0 : size;
        try {
            ContentHasher hasher;
            hasher.updateFile(file);
            entry.contentHash = hasher.hex();
        } catch (const std::exception&) {
            entry.bytes = 0; // unreadable: listed without a hash
        }
        files.push_back(std::move(entry));
    };
    for (const auto& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error)) {
            std::vector<fs::path> inside;
            for (const auto& entry : fs::recursive_directory_iterator(path, error))
                if (entry.is_regular_file(error))
                    inside.push_back(entry.path());
            std::sort(inside.begin(), inside.end());
            for (const auto& file : inside)
                add(file);
        } else if (fs::exists(path, error)) {
            add(path);
        } else {
            files.push_back({path, {}, 0});
        }
    }
    return files;
}

RunProvenance runProvenanceOf(const ModelSource& model, const ProjectSettings& settings,
                              const std::string& split)
{
    RunProvenance provenance;
    provenance.modelKind = model.kind;
    provenance.modelPaths = model.paths;
    provenance.files = hashedFiles(model.paths);
    provenance.dim = model.dim;
    provenance.gains = settings.gains;
    provenance.relevantThreshold = settings.relevantThreshold;
    provenance.k = settings.k;
    provenance.split = split;
    provenance.toolVersion = NEAR2_VERSION;
    return provenance;
}

} // namespace near2::session
