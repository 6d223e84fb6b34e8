#include "core/encoder/bert_weights.h"

#include "core/encoder/hf_checkpoint.h"
#include "core/util/error.h"

#include <cstring>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <torch/torch.h>

namespace near2 {

namespace {

const char* bertPartName(BertPart part)
{
    switch (part) {
    case BertPart::Query:
        return "attention.self.query";
    case BertPart::Key:
        return "attention.self.key";
    case BertPart::Value:
        return "attention.self.value";
    case BertPart::AttentionOutput:
        return "attention.output.dense";
    case BertPart::AttentionNorm:
        return "attention.output.LayerNorm";
    case BertPart::Intermediate:
        return "intermediate.dense";
    case BertPart::Output:
        return "output.dense";
    case BertPart::OutputNorm:
        return "output.LayerNorm";
    }
    return "?";
}

const char* distilBertPartName(BertPart part)
{
    switch (part) {
    case BertPart::Query:
        return "attention.q_lin";
    case BertPart::Key:
        return "attention.k_lin";
    case BertPart::Value:
        return "attention.v_lin";
    case BertPart::AttentionOutput:
        return "attention.out_lin";
    case BertPart::AttentionNorm:
        return "sa_layer_norm";
    case BertPart::Intermediate:
        return "ffn.lin1";
    case BertPart::Output:
        return "ffn.lin2";
    case BertPart::OutputNorm:
        return "output_layer_norm";
    }
    return "?";
}

std::vector<std::int64_t> partShape(const TransformerConfig& c, BertPart part, bool bias)
{
    switch (part) {
    case BertPart::Intermediate:
        return bias ? std::vector<std::int64_t>{c.intermediate} : std::vector<std::int64_t>{c.intermediate, c.hidden};
    case BertPart::Output:
        return bias ? std::vector<std::int64_t>{c.hidden} : std::vector<std::int64_t>{c.hidden, c.intermediate};
    case BertPart::AttentionNorm:
    case BertPart::OutputNorm:
        return {c.hidden};
    default:
        return bias ? std::vector<std::int64_t>{c.hidden} : std::vector<std::int64_t>{c.hidden, c.hidden};
    }
}

torch::Dtype torchDtype(TensorDtype dtype)
{
    return dtype == TensorDtype::F16 ? torch::kFloat16 : dtype == TensorDtype::BF16 ? torch::kBFloat16 : torch::kFloat32;
}

// The stored name of `name` in this checkpoint: with a task model's prefix, or LayerNorm's old gamma/beta.
const SafetensorsTensor* findStored(const HfCheckpoint& checkpoint, const std::string& name, std::string& stored)
{
    for (const char* prefix : {"", "bert.", "distilbert.", "model."}) {
        std::vector<std::string> candidates = {prefix + name};
        if (name.ends_with("LayerNorm.weight") || name.ends_with("layer_norm.weight"))
            candidates.push_back(prefix + name.substr(0, name.size() - 6) + "gamma");
        if (name.ends_with("LayerNorm.bias") || name.ends_with("layer_norm.bias"))
            candidates.push_back(prefix + name.substr(0, name.size() - 4) + "beta");
        for (const std::string& candidate : candidates)
            if (const SafetensorsTensor* tensor = checkpoint.find(candidate)) {
                stored = candidate;
                return tensor;
            }
    }
    return nullptr;
}

torch::Tensor toFloat32(const SafetensorsTensor& tensor)
{
    // A copy (the mapping's bytes may be unaligned), then float32.
    torch::Tensor raw = torch::empty(tensor.shape, torch::TensorOptions().dtype(torchDtype(tensor.dtype)));
    std::memcpy(raw.data_ptr(), tensor.data, tensor.end - tensor.begin);
    return raw.to(torch::kFloat32);
}

} // namespace

std::string bertLayerTensorName(const TransformerConfig& config, std::int64_t layer, BertPart part, bool bias)
{
    if (config.architecture == EncoderArchitecture::Bert)
        return fmt::format("encoder.layer.{}.{}.{}", layer, bertPartName(part), bias ? "bias" : "weight");
    return fmt::format("transformer.layer.{}.{}.{}", layer, distilBertPartName(part), bias ? "bias" : "weight");
}

std::string bertEmbeddingTensorName(const TransformerConfig&, EmbeddingPart part)
{
    switch (part) {
    case EmbeddingPart::Words:
        return "embeddings.word_embeddings.weight";
    case EmbeddingPart::Positions:
        return "embeddings.position_embeddings.weight";
    case EmbeddingPart::TokenTypes:
        return "embeddings.token_type_embeddings.weight";
    case EmbeddingPart::NormWeight:
        return "embeddings.LayerNorm.weight";
    case EmbeddingPart::NormBias:
        return "embeddings.LayerNorm.bias";
    }
    return "?";
}

std::vector<TensorSpec> bertTensorSpecs(const TransformerConfig& c)
{
    std::vector<TensorSpec> specs = {
        {bertEmbeddingTensorName(c, EmbeddingPart::Words), {c.vocabSize, c.hidden}},
        {bertEmbeddingTensorName(c, EmbeddingPart::Positions), {c.maxPositions, c.hidden}}};
    if (c.architecture == EncoderArchitecture::Bert)
        specs.push_back({bertEmbeddingTensorName(c, EmbeddingPart::TokenTypes), {c.typeVocabSize, c.hidden}});
    specs.push_back({bertEmbeddingTensorName(c, EmbeddingPart::NormWeight), {c.hidden}});
    specs.push_back({bertEmbeddingTensorName(c, EmbeddingPart::NormBias), {c.hidden}});
    for (std::int64_t layer = 0; layer < c.layers; ++layer)
        for (const BertPart part : {BertPart::Query, BertPart::Key, BertPart::Value, BertPart::AttentionOutput,
                                    BertPart::AttentionNorm, BertPart::Intermediate, BertPart::Output,
                                    BertPart::OutputNorm})
            for (const bool bias : {false, true})
                specs.push_back({bertLayerTensorName(c, layer, part, bias), partShape(c, part, bias)});
    return specs;
}

std::map<std::string, torch::Tensor> readBertTensors(const TransformerConfig& config, const HfCheckpoint& checkpoint)
{
    std::map<std::string, torch::Tensor> tensors;
    for (const TensorSpec& spec : bertTensorSpecs(config)) {
        std::string stored;
        const SafetensorsTensor* tensor = findStored(checkpoint, spec.name, stored);
        if (!tensor)
            throw InputError(checkpoint.describedBy(), spec.name,
                             "missing tensor (a " + config.modelType + " model with " +
                                 std::to_string(config.layers) + " layers needs it)");
        if (tensor->dtype == TensorDtype::Other)
            throw InputError(checkpoint.fileOf(stored), stored,
                             "dtype " + tensor->dtypeName + " is not supported (F32, F16, BF16)");
        if (tensor->shape != spec.shape)
            throw InputError(checkpoint.fileOf(stored), stored,
                             fmt::format("shape [{}] but config.json implies [{}]", fmt::join(tensor->shape, ", "),
                                         fmt::join(spec.shape, ", ")));
        tensors.emplace(spec.name, toFloat32(*tensor));
    }
    return tensors;
}

} // namespace near2
