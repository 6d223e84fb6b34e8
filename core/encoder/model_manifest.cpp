#include "core/encoder/model_manifest.h"

#include "core/encoder/json_fields.h"
#include "core/util/bounded_read.h"
#include "core/util/error.h"

namespace near2 {

namespace {

Pooling parsePooling(const std::string& text, const std::filesystem::path& file)
{
    if (text == "mean")
        return Pooling::Mean;
    if (text == "cls")
        return Pooling::Cls;
    if (text == "max")
        return Pooling::Max;
    if (text == "last")
        return Pooling::LastToken;
    if (text == "none")
        return Pooling::None;
    throw InputError(file, "pooling", "expected mean, cls, max, last or none, got '" + text + "'");
}

} // namespace

const char* poolingName(Pooling pooling)
{
    switch (pooling) {
    case Pooling::Mean:
        return "mean";
    case Pooling::Cls:
        return "cls";
    case Pooling::Max:
        return "max";
    case Pooling::LastToken:
        return "last";
    case Pooling::None:
        return "none";
    }
    return "?";
}

ModelManifest parseManifest(const std::string& text, const std::filesystem::path& file)
{
    const nlohmann::json root = parseJsonObject(text, file);
    const JsonFields fields(root, file);
    const std::string format = fields.string("format", std::nullopt);
    if (format != kManifestFormat)
        throw InputError(file, "format",
                         "expected \"" + std::string(kManifestFormat) + "\", got \"" + format + "\"");

    ModelManifest manifest;
    manifest.name = fields.string("name", file.parent_path().filename().string());
    manifest.dim = fields.positive("dim", std::nullopt);
    if (fields.has("mrl_dims")) {
        if (!root["mrl_dims"].is_array())
            throw InputError(file, "mrl_dims", "expected an array of positive integers");
        for (const auto& value : root["mrl_dims"]) {
            manifest.mrlDims.push_back(fields.positiveValue(value, "mrl_dims"));
            if (manifest.mrlDims.back() > manifest.dim)
                throw InputError(file, "mrl_dims",
                                 "a nested dim exceeds dim " + std::to_string(manifest.dim));
        }
    }
    manifest.maxLength = fields.positive("max_length", 128);
    if (manifest.maxLength < 2)
        throw InputError(file, "max_length", "must be at least 2 ([CLS] and [SEP])");
    manifest.pooling = parsePooling(fields.string("pooling", "mean"), file);
    manifest.normalize = fields.boolean("normalize", true);
    manifest.tokenizer = fields.string("tokenizer", std::nullopt);
    if (fields.has("lowercase"))
        manifest.lowercase = fields.boolean("lowercase", true);
    manifest.queryPrefix = fields.string("query_prefix", "");
    manifest.documentPrefix = fields.string("document_prefix", "");
    return manifest;
}

ModelManifest readManifest(const std::filesystem::path& file)
{
    std::error_code error;
    if (!std::filesystem::exists(file, error))
        throw InputError(file, "cannot open the model manifest (a model bundle needs " +
                                   std::string(kManifestFileName) + ")");
    return parseManifest(readFileBounded(file, kMaxConfigFileBytes, "the model manifest"), file);
}

} // namespace near2
