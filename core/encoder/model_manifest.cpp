#include "core/encoder/model_manifest.h"

#include "core/util/error.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace near2 {

namespace {

using nlohmann::json;

class FieldReader
{
public:
    FieldReader(const json& root, const std::filesystem::path& file) : m_root(root), m_file(file) {}

    bool has(const char* field) const { return m_root.contains(field) && !m_root[field].is_null(); }

    std::string string(const char* field, std::optional<std::string> fallback) const
    {
        if (!has(field)) {
            if (!fallback)
                throw InputError(m_file, field, "missing");
            return *fallback;
        }
        if (!m_root[field].is_string())
            throw InputError(m_file, field, "expected a string");
        return m_root[field].get<std::string>();
    }

    bool boolean(const char* field, bool fallback) const
    {
        if (!has(field))
            return fallback;
        if (!m_root[field].is_boolean())
            throw InputError(m_file, field, "expected true or false");
        return m_root[field].get<bool>();
    }

    std::size_t positive(const char* field, std::optional<std::size_t> fallback) const
    {
        if (!has(field)) {
            if (!fallback)
                throw InputError(m_file, field, "missing");
            return *fallback;
        }
        return positiveValue(m_root[field], field);
    }

    std::size_t positiveValue(const json& value, const std::string& field) const
    {
        if (!value.is_number_integer() || value.get<std::int64_t>() <= 0)
            throw InputError(m_file, field, "expected a positive integer");
        return value.get<std::size_t>();
    }

private:
    const json& m_root;
    const std::filesystem::path& m_file;
};

Pooling parsePooling(const std::string& text, const std::filesystem::path& file)
{
    if (text == "mean")
        return Pooling::Mean;
    if (text == "cls")
        return Pooling::Cls;
    if (text == "none")
        return Pooling::None;
    throw InputError(file, "pooling", "expected mean, cls or none, got '" + text + "'");
}

} // namespace

const char* poolingName(Pooling pooling)
{
    switch (pooling) {
    case Pooling::Mean:
        return "mean";
    case Pooling::Cls:
        return "cls";
    case Pooling::None:
        return "none";
    }
    return "?";
}

ModelManifest parseManifest(const std::string& text, const std::filesystem::path& file)
{
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        throw InputError(file, std::string("not valid JSON: ") + e.what());
    }
    if (!root.is_object())
        throw InputError(file, "expected a JSON object");
    const FieldReader fields(root, file);
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
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InputError(file, "cannot open the model manifest (a model bundle needs " +
                                   std::string(kManifestFileName) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    return parseManifest(text.str(), file);
}

} // namespace near2
