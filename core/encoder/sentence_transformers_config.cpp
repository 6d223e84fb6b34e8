#include "core/encoder/sentence_transformers_config.h"

#include "core/encoder/json_fields.h"
#include "core/encoder/model_paths.h"
#include "core/util/bounded_read.h"
#include "core/util/error.h"

namespace near2 {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

Pooling readPooling(const fs::path& file, SentenceTransformerSettings& settings)
{
    const json root = readJsonObject(file, "the pooling configuration");
    const JsonFields fields(root, file);
    settings.includePrompt = fields.boolean("include_prompt", true);
    std::vector<Pooling> modes;
    std::vector<std::string> unsupported;
    const std::pair<const char*, std::optional<Pooling>> known[] = {
        {"pooling_mode_cls_token", Pooling::Cls},
        {"pooling_mode_mean_tokens", Pooling::Mean},
        {"pooling_mode_max_tokens", Pooling::Max},
        {"pooling_mode_lasttoken", Pooling::LastToken},
        {"pooling_mode_mean_sqrt_len_tokens", std::nullopt},
        {"pooling_mode_weightedmean_tokens", std::nullopt}};
    for (const auto& [key, mode] : known) {
        if (!fields.boolean(key, false))
            continue;
        if (mode)
            modes.push_back(*mode);
        else
            unsupported.push_back(key);
    }
    if (!unsupported.empty())
        throw InputError(file, unsupported.front(),
                         "this pooling mode is not supported (cls, mean, max, lasttoken)");
    if (modes.size() != 1)
        throw InputError(file, "exactly one pooling mode must be true (cls, mean, max or lasttoken); " +
                                   std::to_string(modes.size()) + " are");
    return modes.front();
}

void readModules(const fs::path& folder, SentenceTransformerSettings& settings)
{
    const fs::path file = folder / "modules.json";
    if (!pathExists(file))
        return;
    const json root = parseJson(readFileBounded(file, kMaxConfigFileBytes, "the module list"), file);
    if (!root.is_array())
        throw InputError(file, "expected an array of modules");
    settings.fromModulesJson = true;
    bool transformer = false, pooling = false;
    for (std::size_t i = 0; i < root.size(); ++i) {
        const std::string field = "[" + std::to_string(i) + "]";
        if (!root[i].is_object() || !root[i].contains("type") || !root[i]["type"].is_string())
            throw InputError(file, field, "expected an object with a type");
        const std::string type = root[i]["type"].get<std::string>();
        if (root[i].contains("path") && !root[i]["path"].is_string())
            throw InputError(file, field + ".path", "expected a folder name");
        const std::string path = root[i].value("path", "");
        settings.modules.push_back(type);
        if (type == "sentence_transformers.models.Transformer" && !transformer && !pooling) {
            transformer = true;
            if (!path.empty())
                settings.transformerFolder = resolveInsideFolder(folder, path, file, field + ".path");
        } else if (type == "sentence_transformers.models.Pooling" && transformer && !pooling) {
            pooling = true;
            settings.pooling = readPooling(
                resolveInsideFolder(folder, path.empty() ? "." : path, file, field + ".path") / "config.json",
                settings);
        } else if (type == "sentence_transformers.models.Normalize" && pooling) {
            settings.normalize = true;
        } else {
            throw InputError(
                file, field + ".type",
                "module '" + type +
                    "' is not supported here (supported: Transformer, Pooling, Normalize, in this order)");
        }
    }
    if (!transformer || !pooling)
        throw InputError(file, "a Transformer module followed by a Pooling module is needed");
}

} // namespace

void readPrompts(const fs::path& file, SentenceTransformerSettings& settings)
{
    const json root = readJsonObject(file, "the sentence-transformers configuration");
    const JsonFields fields(root, file);
    std::map<std::string, std::string> prompts;
    if (fields.has("prompts")) {
        if (!root["prompts"].is_object())
            throw InputError(file, "prompts", "expected an object of name → prompt");
        for (const auto& [name, prompt] : root["prompts"].items()) {
            if (!prompt.is_string())
                throw InputError(file, "prompts." + name, "expected a string");
            prompts.emplace(name, prompt.get<std::string>());
        }
    }
    settings.similarity = fields.string("similarity_fn_name", "");
    const std::string defaultName = fields.string("default_prompt_name", "");
    if (!defaultName.empty() && !prompts.contains(defaultName))
        throw InputError(file, "default_prompt_name", "'" + defaultName + "' is not among the prompts");
    const std::optional<std::string> fallback =
        defaultName.empty() ? std::nullopt : std::optional<std::string>(prompts.at(defaultName));
    // As sentence-transformers' encode_query / encode_document choose their prompt_name.
    settings.queryPrompt =
        prompts.contains("query") ? std::optional<std::string>(prompts.at("query")) : fallback;
    settings.documentPrompt = fallback;
    settings.prompts = prompts;
    settings.defaultPromptName = defaultName;
    for (const char* name : {"document", "passage", "corpus"})
        if (prompts.contains(name)) {
            settings.documentPrompt = prompts.at(name);
            break;
        }
}

SentenceTransformerSettings readSentenceTransformerSettings(const fs::path& folder)
{
    SentenceTransformerSettings settings;
    settings.transformerFolder = folder;
    readModules(folder, settings);
    // sentence-transformers reads it from the Transformer module's folder (0_Transformer/ in older layouts).
    if (const fs::path file = settings.transformerFolder / "sentence_bert_config.json"; pathExists(file)) {
        const json root = readJsonObject(file, "the sentence-transformers configuration");
        const JsonFields fields(root, file);
        if (fields.has("max_seq_length"))
            settings.maxSeqLength = fields.positive("max_seq_length", std::nullopt);
        settings.lowercase = fields.optionalBoolean("do_lower_case");
    }
    if (pathExists(folder / "config_sentence_transformers.json"))
        readPrompts(folder / "config_sentence_transformers.json", settings);
    return settings;
}

} // namespace near2
