#include "core/encoder/hf_model_folder.h"

#include "core/encoder/json_fields.h"
#include "core/encoder/model_paths.h"
#include "core/tokenizer/vocab.h"
#include "core/util/error.h"

namespace near2 {

namespace fs = std::filesystem;

namespace {

// Whether Hugging Face's tokenizer class of this name runs BERT's basic tokenizer and WordPiece.
bool isBertTokenizerClass(const std::string& name)
{
    for (const char* bert :
         {"BertTokenizer", "BertTokenizerFast", "DistilBertTokenizer", "DistilBertTokenizerFast"})
        if (name == bert)
            return true;
    return false;
}

// The tokenizer file (tokenizer.json, else vocab.txt) with tokenizer_config.json's settings, as transformers
// loads them: (Distil)BertTokenizerFast rebuilds a BertNormalizer from tokenizer_config.json's do_lower_case
// (default true) and strip_accents (default null: as lower-casing) whenever they differ from the
// normalizer's, so those two decide whatever tokenizer.json says (a null normalizer, which transformers
// cannot load, keeps its own: no lower-casing). model_max_length when sensible.
std::optional<std::size_t> readTokenizer(HfModelFolder& model)
{
    const fs::path json = model.modelFolder / "tokenizer.json", vocab = model.modelFolder / "vocab.txt";
    const fs::path configFile = model.modelFolder / "tokenizer_config.json";
    std::optional<std::size_t> maxLength;
    bool configLowercase = true;
    std::optional<bool> configStripAccents;
    if (pathExists(configFile)) {
        const nlohmann::json root = readJsonObject(configFile, "the tokenizer configuration");
        const JsonFields fields(root, configFile);
        const std::string tokenizerClass = fields.string("tokenizer_class", "");
        if (!tokenizerClass.empty() && !isBertTokenizerClass(tokenizerClass))
            throw InputError(configFile, "tokenizer_class",
                             "'" + tokenizerClass +
                                 "' is not supported (supported: BertTokenizer, DistilBertTokenizer)");
        if (!fields.boolean("tokenize_chinese_chars", true)) // near2 always splits CJK ideographs into words
            throw InputError(configFile, "tokenize_chinese_chars", "false is not supported (only true)");
        configLowercase = fields.boolean("do_lower_case", true);
        configStripAccents = fields.optionalBoolean("strip_accents");
        const double limit = fields.number("model_max_length", 0);
        if (limit >= 2 && limit <= 1e6)
            maxLength = static_cast<std::size_t>(limit);
    }
    if (pathExists(json))
        model.tokenizerFile = json;
    else if (pathExists(vocab))
        model.tokenizerFile = vocab;
    else
        throw InputError(model.modelFolder,
                         "no tokenizer.json or vocab.txt (a WordPiece tokenizer is needed)");
    model.tokenizerBytes = std::make_shared<const std::string>(readTokenizerFileBytes(model.tokenizerFile));
    model.tokenizerVocab =
        std::make_shared<const LoadedVocab>(parseVocabFile(*model.tokenizerBytes, model.tokenizerFile));
    const std::size_t tokens = model.tokenizerVocab->tokens.size();
    if (tokens > static_cast<std::size_t>(model.config.vocabSize))
        throw InputError(model.tokenizerFile,
                         "has " + std::to_string(tokens) + " tokens but the model's word embeddings have " +
                             std::to_string(model.config.vocabSize) + " rows (config.json vocab_size)");
    if (model.tokenizerFile == vocab || model.tokenizerVocab->settings.bertNormalizer) {
        model.lowercase = configLowercase;
        model.stripAccents = configStripAccents;
    }
    if (!model.sentence.lowercase.value_or(false))
        return maxLength;
    // sentence-transformers' do_lower_case lower-cases the text before the tokenizer, which keeps its own
    // accent rule: a tokenizer that lower-cases itself is unchanged (BAAI/bge-*: accents stripped), a cased
    // one now sees lower-cased text and keeps the accents unless it strips them anyway.
    const TokenizerFileSettings& file = model.tokenizerVocab->settings;
    const bool tokenizerLowercases = model.lowercase.value_or(file.lowercase.value_or(true));
    if (!tokenizerLowercases) {
        model.stripAccents =
            model.stripAccents.value_or(model.lowercase ? false : file.stripAccents.value_or(false));
        model.lowercase = true;
    }
    return maxLength;
}

std::size_t maxLengthOf(const HfModelFolder& model, std::optional<std::size_t> tokenizerLimit)
{
    const auto positions = static_cast<std::size_t>(model.config.maxPositions);
    if (model.sentence.maxSeqLength) {
        if (*model.sentence.maxSeqLength > positions)
            throw InputError(model.sentence.transformerFolder / "sentence_bert_config.json", "max_seq_length",
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
    manifest.queryPrefix = model.sentence.queryPrompt.value_or("");
    manifest.documentPrefix = model.sentence.documentPrompt.value_or("");
    // Written by near2 train: the nested dims it was trained for.
    if (pathExists(folder / kManifestFileName)) {
        const ModelManifest near2 = readManifest(folder / kManifestFileName);
        if (near2.dim != manifest.dim)
            throw InputError(folder / kManifestFileName, "dim",
                             std::to_string(near2.dim) + " but config.json says " +
                                 std::to_string(manifest.dim));
        manifest.name = near2.name;
        manifest.mrlDims = near2.mrlDims;
    }
    return model;
}

} // namespace near2
