#include "core/encoder/hf_config.h"

#include "core/encoder/json_fields.h"
#include "core/util/bounded_read.h"
#include "core/util/error.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace near2 {

namespace {

// HF's ACT2FN names for exact erf GELU, tanh-approximated GELU and ReLU.
Activation parseActivation(const std::string& name, const std::filesystem::path& file, const char* field)
{
    if (name == "gelu")
        return Activation::Gelu;
    if (name == "gelu_new" || name == "gelu_pytorch_tanh" || name == "gelu_fast")
        return Activation::GeluTanh;
    if (name == "relu")
        return Activation::Relu;
    throw InputError(file, field,
                     "activation '" + name + "' is not supported (gelu, gelu_new, gelu_pytorch_tanh, relu)");
}

std::int64_t size(const JsonFields& fields, const char* field)
{
    const std::size_t value = fields.positive(field, std::nullopt);
    if (value > (1u << 30))
        throw InputError(fields.file(), field, "implausibly large");
    return static_cast<std::int64_t>(value);
}

void readBert(const JsonFields& fields, TransformerConfig& config)
{
    config.architecture = EncoderArchitecture::Bert;
    config.vocabSize = size(fields, "vocab_size");
    config.hidden = size(fields, "hidden_size");
    config.layers = size(fields, "num_hidden_layers");
    config.heads = size(fields, "num_attention_heads");
    config.intermediate = size(fields, "intermediate_size");
    config.maxPositions = fields.has("max_position_embeddings") ? size(fields, "max_position_embeddings") : 512;
    config.typeVocabSize = fields.has("type_vocab_size") ? size(fields, "type_vocab_size") : 2;
    config.layerNormEps = fields.number("layer_norm_eps", 1e-12);
    config.activationName = fields.string("hidden_act", "gelu");
    config.activation = parseActivation(config.activationName, fields.file(), "hidden_act");
    config.hiddenDropout = fields.number("hidden_dropout_prob", 0.1);
    config.attentionDropout = fields.number("attention_probs_dropout_prob", 0.1);
    const std::string positions = fields.string("position_embedding_type", "absolute");
    if (positions != "absolute")
        throw InputError(fields.file(), "position_embedding_type",
                         "'" + positions + "' is not supported (absolute only)");
}

void readDistilBert(const JsonFields& fields, TransformerConfig& config)
{
    config.architecture = EncoderArchitecture::DistilBert;
    config.vocabSize = size(fields, "vocab_size");
    config.hidden = size(fields, "dim");
    config.layers = size(fields, "n_layers");
    config.heads = size(fields, "n_heads");
    config.intermediate = size(fields, "hidden_dim");
    config.maxPositions = fields.has("max_position_embeddings") ? size(fields, "max_position_embeddings") : 512;
    config.typeVocabSize = 0;
    config.layerNormEps = 1e-12; // fixed in Hugging Face's DistilBERT
    config.activationName = fields.string("activation", "gelu");
    config.activation = parseActivation(config.activationName, fields.file(), "activation");
    config.hiddenDropout = fields.number("dropout", 0.1);
    config.attentionDropout = fields.number("attention_dropout", 0.1);
}

} // namespace

std::vector<std::string> supportedModelTypes()
{
    return {"bert", "distilbert"};
}

const char* architectureName(EncoderArchitecture architecture)
{
    return architecture == EncoderArchitecture::Bert ? "bert" : "distilbert";
}

TransformerConfig parseTransformerConfig(const std::string& json, const std::filesystem::path& file)
{
    const nlohmann::json root = parseJsonObject(json, file);
    const JsonFields fields(root, file);
    TransformerConfig config;
    config.modelType = fields.string("model_type", std::nullopt);
    if (config.modelType == "bert")
        readBert(fields, config);
    else if (config.modelType == "distilbert")
        readDistilBert(fields, config);
    else
        throw InputError(file, "model_type",
                         fmt::format("'{}' is not supported (supported: {})", config.modelType,
                                     fmt::join(supportedModelTypes(), ", ")));
    if (config.hidden % config.heads != 0)
        throw InputError(file, config.architecture == EncoderArchitecture::Bert ? "num_attention_heads" : "n_heads",
                         fmt::format("{} heads do not divide the hidden size {}", config.heads, config.hidden));
    if (!(config.layerNormEps > 0 && config.layerNormEps < 1))
        throw InputError(file, "layer_norm_eps", "expected a small positive number");
    for (const double p : {config.hiddenDropout, config.attentionDropout})
        if (!(p >= 0 && p < 1))
            throw InputError(file, "dropout probabilities must lie in [0, 1)");
    return config;
}

TransformerConfig readTransformerConfig(const std::filesystem::path& file)
{
    return parseTransformerConfig(readFileBounded(file, kMaxConfigFileBytes, "the model configuration"), file);
}

} // namespace near2
