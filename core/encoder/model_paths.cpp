#include "core/encoder/model_paths.h"

#include "core/util/error.h"

namespace near2 {

std::filesystem::path resolveInsideFolder(const std::filesystem::path& folder, const std::string& relative,
                                          const std::filesystem::path& namedIn, const std::string& field)
{
    const std::filesystem::path path(relative);
    if (relative.empty() || path.is_absolute() || path.has_root_name())
        throw InputError(namedIn, field, "'" + relative + "' must be a file name inside the model folder");
    for (const auto& part : path)
        if (part == "..")
            throw InputError(namedIn, field, "'" + relative + "' leaves the model folder (\"..\")");
    return folder / path.lexically_normal();
}

bool pathExists(const std::filesystem::path& path)
{
    std::error_code error;
    return std::filesystem::exists(path, error);
}

} // namespace near2
