#include "core/encoder/hf_model_folder.h"

#include "core/encoder/json_fields.h"
#include "core/encoder/model_paths.h"
#include "core/util/error.h"

namespace near2 {

namespace fs = std::filesystem;

namespace {

// tokenizer.json (its normalizer's settings), else vocab.txt with tokenizer_config.json's do_lower_case and
// strip_accents; model_max_length when sensible.
std::optional<std::size_t> readTokenizer(HfModelFolder& model)
{
    const fs::path json = model.modelFolder / "tokenizer.json", vocab = model.modelFolder / "vocab.txt";
    const fs::path configFile = model.modelFolder / "tokenizer_config.json";
    std::optional<std::size_t> maxLength;
    if (pathExists(configFile)) {
        const nlohmann::json root = readJsonObject(configFile, "the tokenizer configuration");
        const JsonFields fields(root, configFile);
        if (!pathExists(json)) {
            model.lowercase = fields.boolean("do_lower_case", true);
            model.stripAccents = fields.optionalBoolean("strip_accents");
        }
        const double limit = fields.number("model_max_length", 0);
        if (limit >= 2 && limit <= 1e6)
            maxLength = static_cast<std::size_t>(limit);
    }
    if (pathExists(json))
        model.tokenizerFile = json;
    else if (pathExists(vocab))
        model.tokenizerFile = vocab;
    else
        throw InputError(model.modelFolder, "no tokenizer.json or vocab.txt (a WordPiece tokenizer is needed)");
    if (model.sentence.lowercase.value_or(false) && !model.lowercase.value_or(false)) {
        model.stripAccents = model.stripAccents.value_or(false); // lower-cased text keeps its accents
        model.lowercase = true;
    }
    return maxLength;
}

std::size_t maxLengthOf(const HfModelFolder& model, std::optional<std::size_t> tokenizerLimit)
{
    const auto positions = static_cast<std::size_t>(model.config.maxPositions);
    if (model.sentence.maxSeqLength) {
        if (*model.sentence.maxSeqLength > positions)
            throw InputError(model.folder / "sentence_bert_config.json", "max_seq_length",
                             std::to_string(*model.sentence.maxSeqLength) + " exceeds the model's " +
                                 std::to_string(positions) + " position embeddings");
        return std::max<std::size_t>(2, *model.sentence.maxSeqLength);
    }
    return std::max<std::size_t>(2, std::min(positions, tokenizerLimit.value_or(positions)));
}

} // namespace

bool isHuggingFaceFolder(const fs::path& folder)
{
    return pathExists(folder / "config.json") || pathExists(folder / "modules.json");
}

HfModelFolder readHfModelFolder(const fs::path& folder)
{
    HfModelFolder model;
    model.folder = folder;
    model.sentence = readSentenceTransformerSettings(folder);
    model.modelFolder = model.sentence.transformerFolder;
    model.config = readTransformerConfig(model.modelFolder / "config.json");
    const auto tokenizerLimit = readTokenizer(model);

    ModelManifest& manifest = model.manifest;
    manifest.name = fs::absolute(folder).lexically_normal().filename().string();
    if (manifest.name.empty())
        manifest.name = fs::absolute(folder).lexically_normal().parent_path().filename().string();
    manifest.dim = static_cast<std::size_t>(model.config.hidden);
    manifest.maxLength = maxLengthOf(model, tokenizerLimit);
    manifest.pooling = model.sentence.pooling;
    manifest.normalize = model.sentence.normalize;
    manifest.tokenizer = model.tokenizerFile.lexically_relative(folder).string();
    manifest.lowercase = model.lowercase;
    manifest.queryPrefix = model.sentence.queryPrompt;
    manifest.documentPrefix = model.sentence.documentPrompt;
    if (pathExists(folder / kManifestFileName)) { // written by near2 train: the nested dims it was trained for
        const ModelManifest near2 = readManifest(folder / kManifestFileName);
        if (near2.dim != manifest.dim)
            throw InputError(folder / kManifestFileName, "dim",
                             std::to_string(near2.dim) + " but config.json says " + std::to_string(manifest.dim));
        manifest.name = near2.name;
        manifest.mrlDims = near2.mrlDims;
    }
    return model;
}

} // namespace near2
