// The only translation unit with the BERT / DistilBERT forward pass.
#include "core/encoder/bert_network.h"

#include "core/encoder/bert_weights.h"
#include "core/encoder/hf_checkpoint.h"
#include "core/encoder/int8_linear.h"
#include "core/encoder/packed_attention.h"
#include "core/util/error.h"
#include "core/util/input_field.h"

#include <cmath>
#include <torch/torch.h>

namespace near2 {

namespace {

struct Linear
{
    torch::Tensor weight, bias; // [out, in], [out]
    Int8Linear int8;            // set in int8 precision
};

struct Norm
{
    torch::Tensor weight, bias;
};

struct Layer
{
    Linear qkv, attentionOutput, intermediate, output;
    Norm attentionNorm, outputNorm;
};

struct Weights
{
    torch::Tensor words, positions, tokenTypes; // tokenTypes undefined for DistilBERT
    Norm embeddingNorm;
    std::vector<Layer> layers;
};

Weights convertWeights(const Weights& from, torch::Dtype dtype)
{
    const auto convert = [&](const torch::Tensor& t) { return t.defined() ? t.to(dtype) : t; };
    Weights to;
    to.words = convert(from.words);
    to.positions = convert(from.positions);
    to.tokenTypes = convert(from.tokenTypes);
    to.embeddingNorm = {convert(from.embeddingNorm.weight), convert(from.embeddingNorm.bias)};
    for (const Layer& layer : from.layers) {
        Layer converted;
        for (auto [source, target] : {std::pair{&layer.qkv, &converted.qkv},
                                      {&layer.attentionOutput, &converted.attentionOutput},
                                      {&layer.intermediate, &converted.intermediate},
                                      {&layer.output, &converted.output}})
            *target = {convert(source->weight), convert(source->bias), {}};
        converted.attentionNorm = {convert(layer.attentionNorm.weight), convert(layer.attentionNorm.bias)};
        converted.outputNorm = {convert(layer.outputNorm.weight), convert(layer.outputNorm.bias)};
        to.layers.push_back(std::move(converted));
    }
    return to;
}

torch::Tensor positionIds(std::span<const LengthGroup> groups, std::int64_t tokens)
{
    torch::Tensor positions = torch::empty({tokens}, torch::kInt64);
    auto* out = positions.data_ptr<std::int64_t>();
    for (const LengthGroup& group : groups)
        for (std::int64_t s = 0; s < group.count; ++s)
            for (std::int64_t p = 0; p < group.length; ++p)
                *out++ = p;
    return positions;
}

} // namespace

struct BertNetwork::Impl
{
    TransformerConfig config;
    std::string source;
    Weights master;  // float32: the parameters
    Weights compute; // what the forward pass reads: master itself in fp32
    ComputePrecision precision = ComputePrecision::Fp32;
    bool training = false;

    const Weights& weights() const { return training ? master : compute; }
    torch::Tensor linear(const Linear& layer, const torch::Tensor& x) const;
    torch::Tensor activation(const torch::Tensor& x) const;
    torch::Tensor dropout(const torch::Tensor& x, double p) const
    {
        return training && p > 0 ? torch::dropout(x, p, true) : x;
    }
    torch::Tensor attention(const torch::Tensor& qkv, std::span<const LengthGroup> groups) const;
    torch::Tensor packedAttention(const torch::Tensor& qkv, std::span<const LengthGroup> groups) const;
    torch::Tensor layerForward(const Layer& layer, const torch::Tensor& x,
                               std::span<const LengthGroup> groups) const;
    void prepare();
};

torch::Tensor BertNetwork::Impl::linear(const Linear& layer, const torch::Tensor& x) const
{
    if (!training && precision == ComputePrecision::Int8)
        return layer.int8.apply(x);
    return torch::linear(x, layer.weight, layer.bias);
}

torch::Tensor BertNetwork::Impl::activation(const torch::Tensor& x) const
{
    switch (config.activation) {
    case Activation::Gelu:
        return torch::gelu(x);
    case Activation::GeluTanh:
        return torch::gelu(x, "tanh");
    case Activation::Relu:
        return torch::relu(x);
    }
    return x;
}

// Self-attention of each group of equal-length sequences on its own: [T, 3H] → [T, H].
torch::Tensor BertNetwork::Impl::attention(const torch::Tensor& qkv,
                                           std::span<const LengthGroup> groups) const
{
    if (!training && qkv.device().is_cpu() && qkv.scalar_type() == torch::kFloat32 && !qkv.requires_grad())
        return packedAttention(qkv, groups);
    const std::int64_t heads = config.heads, headDim = config.hidden / config.heads;
    const double scale = std::sqrt(static_cast<double>(headDim));
    std::vector<torch::Tensor> contexts;
    std::int64_t offset = 0;
    for (const LengthGroup& group : groups) {
        const std::int64_t tokens = group.count * group.length;
        const auto parts = qkv.narrow(0, offset, tokens)
                               .view({group.count, group.length, 3, heads, headDim})
                               .permute({2, 0, 3, 1, 4});
        offset += tokens;
        torch::Tensor scores;
        if (config.architecture == EncoderArchitecture::DistilBert)
            scores = torch::matmul(parts[0] / scale, parts[1].transpose(-1, -2)); // DistilBERT scales q first
        else
            scores = torch::matmul(parts[0], parts[1].transpose(-1, -2)) / scale;
        const auto probabilities = dropout(torch::softmax(scores, -1), config.attentionDropout);
        contexts.push_back(
            torch::matmul(probabilities, parts[2]).permute({0, 2, 1, 3}).reshape({tokens, config.hidden}));
    }
    return contexts.size() == 1 ? contexts.front() : torch::cat(contexts);
}

// The same on the CPU in float32 without autograd, one (sequence, head) pair per task (packed_attention.h).
torch::Tensor BertNetwork::Impl::packedAttention(const torch::Tensor& qkv,
                                                 std::span<const LengthGroup> groups) const
{
    const auto input = qkv.contiguous();
    const attention::HeadLayout layout{config.heads, config.hidden / config.heads,
                                       config.architecture == EncoderArchitecture::DistilBert};
    auto out = torch::empty({input.size(0), config.hidden}, input.options());
    attention::attendSequences(input.data_ptr<float>(), groups, layout, out.data_ptr<float>());
    return out;
}

torch::Tensor BertNetwork::Impl::layerForward(const Layer& layer, const torch::Tensor& x,
                                              std::span<const LengthGroup> groups) const
{
    const std::vector<std::int64_t> hidden = {config.hidden};
    const bool bert = config.architecture == EncoderArchitecture::Bert;
    const auto context = attention(linear(layer.qkv, x), groups);
    auto attended = linear(layer.attentionOutput, context);
    if (bert)
        attended = dropout(attended, config.hiddenDropout);
    const auto y = torch::layer_norm(attended + x, hidden, layer.attentionNorm.weight,
                                     layer.attentionNorm.bias, config.layerNormEps);
    const auto fed =
        dropout(linear(layer.output, activation(linear(layer.intermediate, y))), config.hiddenDropout);
    return torch::layer_norm(fed + y, hidden, layer.outputNorm.weight, layer.outputNorm.bias,
                             config.layerNormEps);
}

void BertNetwork::Impl::prepare()
{
    if (precision == ComputePrecision::Bf16) {
        compute = convertWeights(master, torch::kBFloat16);
        return;
    }
    compute = master;
    if (precision == ComputePrecision::Int8)
        for (Layer& layer : compute.layers)
            for (Linear* linear : {&layer.qkv, &layer.attentionOutput, &layer.intermediate, &layer.output})
                linear->int8 = Int8Linear(linear->weight, linear->bias);
}

BertNetwork::BertNetwork(const TransformerConfig& config, const HfCheckpoint& checkpoint)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->config = config;
    m_impl->source = checkpoint.describedBy().string();
    auto tensors = readBertTensors(config, checkpoint);
    const auto take = [&](const std::string& name) { return tensors.at(name); };
    Weights& w = m_impl->master;
    w.words = take(bertEmbeddingTensorName(config, EmbeddingPart::Words));
    w.positions = take(bertEmbeddingTensorName(config, EmbeddingPart::Positions));
    if (config.architecture == EncoderArchitecture::Bert)
        w.tokenTypes = take(bertEmbeddingTensorName(config, EmbeddingPart::TokenTypes));
    w.embeddingNorm = {take(bertEmbeddingTensorName(config, EmbeddingPart::NormWeight)),
                       take(bertEmbeddingTensorName(config, EmbeddingPart::NormBias))};
    for (std::int64_t l = 0; l < config.layers; ++l) {
        const auto part = [&](BertPart p, bool bias) {
            return take(bertLayerTensorName(config, l, p, bias));
        };
        const auto linear = [&](BertPart p) { return Linear{part(p, false), part(p, true), {}}; };
        const auto norm = [&](BertPart p) { return Norm{part(p, false), part(p, true)}; };
        Layer layer;
        layer.qkv = {
            torch::cat(
                {part(BertPart::Query, false), part(BertPart::Key, false), part(BertPart::Value, false)}),
            torch::cat({part(BertPart::Query, true), part(BertPart::Key, true), part(BertPart::Value, true)}),
            {}};
        layer.attentionOutput = linear(BertPart::AttentionOutput);
        layer.attentionNorm = norm(BertPart::AttentionNorm);
        layer.intermediate = linear(BertPart::Intermediate);
        layer.output = linear(BertPart::Output);
        layer.outputNorm = norm(BertPart::OutputNorm);
        w.layers.push_back(std::move(layer));
    }
    m_impl->prepare();
}

BertNetwork::~BertNetwork() = default;

torch::Tensor BertNetwork::forward(const torch::Tensor& ids, std::span<const LengthGroup> groups)
{
    const Impl& impl = *m_impl;
    const Weights& w = impl.weights();
    const auto positions = positionIds(groups, ids.size(0)).to(ids.device());
    torch::Tensor x = torch::embedding(w.words, ids);
    if (w.tokenTypes.defined())
        x = x + w.tokenTypes[0]; // every token is of segment 0
    x = x + torch::embedding(w.positions, positions);
    x = torch::layer_norm(x, {impl.config.hidden}, w.embeddingNorm.weight, w.embeddingNorm.bias,
                          impl.config.layerNormEps);
    x = impl.dropout(x, impl.config.hiddenDropout);
    for (const Layer& layer : w.layers)
        x = impl.layerForward(layer, x, groups);
    return x;
}

std::int64_t BertNetwork::hiddenSize() const
{
    return m_impl->config.hidden;
}

std::vector<torch::Tensor> BertNetwork::parameters()
{
    Weights& w = m_impl->master;
    std::vector<torch::Tensor> result = {w.words, w.positions};
    if (w.tokenTypes.defined())
        result.push_back(w.tokenTypes);
    result.push_back(w.embeddingNorm.weight);
    result.push_back(w.embeddingNorm.bias);
    for (Layer& layer : w.layers)
        for (torch::Tensor* t :
             {&layer.qkv.weight, &layer.qkv.bias, &layer.attentionOutput.weight, &layer.attentionOutput.bias,
              &layer.attentionNorm.weight, &layer.attentionNorm.bias, &layer.intermediate.weight,
              &layer.intermediate.bias, &layer.output.weight, &layer.output.bias, &layer.outputNorm.weight,
              &layer.outputNorm.bias})
            result.push_back(*t);
    return result;
}

void BertNetwork::setTraining(bool training)
{
    if (m_impl->training && !training)
        m_impl->prepare(); // the compute copies follow the trained weights
    m_impl->training = training;
}

void BertNetwork::to(const std::string& device)
{
    const torch::Device target(device);
    for (torch::Tensor& t : parameters())
        t.set_data(t.data().to(target));
    m_impl->prepare();
}

void BertNetwork::setPrecision(ComputePrecision precision)
{
    if (precision == ComputePrecision::Int8 && m_impl->master.words.device().is_cuda())
        throw InputError(m_impl->source, fieldRef(InputField::Precision) + " int8 runs on the CPU only");
    m_impl->precision = precision;
    m_impl->prepare();
}

const std::string& BertNetwork::source() const
{
    return m_impl->source;
}

const TransformerConfig& BertNetwork::config() const
{
    return m_impl->config;
}

std::map<std::string, torch::Tensor> BertNetwork::namedWeights() const
{
    const TransformerConfig& c = m_impl->config;
    const Weights& w = m_impl->master;
    const auto cpu = [](const torch::Tensor& t) {
        return t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    };
    std::map<std::string, torch::Tensor> named = {
        {bertEmbeddingTensorName(c, EmbeddingPart::Words), cpu(w.words)},
        {bertEmbeddingTensorName(c, EmbeddingPart::Positions), cpu(w.positions)},
        {bertEmbeddingTensorName(c, EmbeddingPart::NormWeight), cpu(w.embeddingNorm.weight)},
        {bertEmbeddingTensorName(c, EmbeddingPart::NormBias), cpu(w.embeddingNorm.bias)}};
    if (w.tokenTypes.defined())
        named[bertEmbeddingTensorName(c, EmbeddingPart::TokenTypes)] = cpu(w.tokenTypes);
    for (std::int64_t l = 0; l < c.layers; ++l) {
        const Layer& layer = w.layers[static_cast<std::size_t>(l)];
        const auto name = [&](BertPart p, bool bias) { return bertLayerTensorName(c, l, p, bias); };
        const auto qkvWeight = cpu(layer.qkv.weight).chunk(3, 0), qkvBias = cpu(layer.qkv.bias).chunk(3, 0);
        const BertPart qkvParts[] = {BertPart::Query, BertPart::Key, BertPart::Value};
        for (std::size_t i = 0; i < 3; ++i) {
            named[name(qkvParts[i], false)] = qkvWeight[i].contiguous();
            named[name(qkvParts[i], true)] = qkvBias[i].contiguous();
        }
        const std::pair<BertPart, const torch::Tensor*> rest[] = {
            {BertPart::AttentionOutput, &layer.attentionOutput.weight},
            {BertPart::Intermediate, &layer.intermediate.weight},
            {BertPart::Output, &layer.output.weight}};
        for (const auto& [part, weight] : rest)
            named[name(part, false)] = cpu(*weight);
        named[name(BertPart::AttentionOutput, true)] = cpu(layer.attentionOutput.bias);
        named[name(BertPart::Intermediate, true)] = cpu(layer.intermediate.bias);
        named[name(BertPart::Output, true)] = cpu(layer.output.bias);
        named[name(BertPart::AttentionNorm, false)] = cpu(layer.attentionNorm.weight);
        named[name(BertPart::AttentionNorm, true)] = cpu(layer.attentionNorm.bias);
        named[name(BertPart::OutputNorm, false)] = cpu(layer.outputNorm.weight);
        named[name(BertPart::OutputNorm, true)] = cpu(layer.outputNorm.bias);
    }
    return named;
}

} // namespace near2
