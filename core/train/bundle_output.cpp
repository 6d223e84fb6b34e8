#include "core/train/bundle_output.h"

#include "core/util/atomic_file.h"
#include "core/util/error.h"

#include <nlohmann/json.hpp>

namespace near2 {

namespace fs = std::filesystem;

fs::path partialFolderFor(const fs::path& out)
{
    auto path = out;
    if (!path.has_filename())
        path = path.parent_path();
    return path.string() + ".partial";
}

void checkOutputFolder(const fs::path& out)
{
    std::error_code error;
    if (!fs::exists(out, error))
        return;
    if (!fs::is_directory(out, error))
        throw InputError(out, fieldRef(InputField::Out) + " exists and is not a folder");
    if (!fs::is_empty(out, error) && !fs::exists(out / kManifestFileName, error))
        throw InputError(out, fieldRef(InputField::Out) +
                                  " is a folder that is neither empty nor a model bundle: not replacing it");
}

fs::path startPartialFolder(const fs::path& out)
{
    const fs::path partial = partialFolderFor(out);
    std::error_code error;
    fs::remove_all(partial, error);
    fs::create_directories(partial, error);
    if (error)
        throw InputError(partial, "cannot create the training folder: " + error.message());
    return partial;
}

void publishBundle(const fs::path& partial, const fs::path& out)
{
    std::error_code error;
    fs::remove_all(out, error);
    fs::rename(partial, out, error);
    if (error)
        throw InputError(out, "cannot move the trained bundle into place: " + error.message());
}

void writeManifest(const fs::path& file, const ModelManifest& manifest)
{
    nlohmann::ordered_json json = {{"format", kManifestFormat},
                                   {"name", manifest.name},
                                   {"dim", manifest.dim},
                                   {"mrl_dims", manifest.mrlDims},
                                   {"max_length", manifest.maxLength},
                                   {"pooling", poolingName(manifest.pooling)},
                                   {"normalize", manifest.normalize},
                                   {"tokenizer", manifest.tokenizer}};
    if (manifest.lowercase)
        json["lowercase"] = *manifest.lowercase;
    if (!manifest.queryPrefix.empty())
        json["query_prefix"] = manifest.queryPrefix;
    if (!manifest.documentPrefix.empty())
        json["document_prefix"] = manifest.documentPrefix;
    AtomicFile output(file);
    output.stream() << json.dump(2) << '\n';
    output.commit();
}

void writeVocabTxt(const fs::path& file, const std::vector<std::string>& tokens)
{
    AtomicFile output(file);
    for (const auto& token : tokens)
        output.stream() << token << '\n';
    output.commit();
}

} // namespace near2
