#pragma once
// Hugging Face's BERT and DistilBERT forward pass, written with ATen operations over the model's safetensors
// weights (no TorchScript, nothing from the folder runs): word + position (+ token type 0) embeddings →
// LayerNorm (config's eps) → layers of self-attention and the configured activation (exact erf GELU for
// "gelu") → the last hidden state. Sequences are packed (encoder_network.h): the linear layers run over every
// token of the batch at once, attention per group of equal-length sequences, so there is no padding anywhere.
// Trains with autograd (every tensor a parameter); Q, K and V are fused into one matrix product.
#include "core/encoder/encoder_network.h"
#include "core/encoder/hf_config.h"

#include <map>
#include <memory>
#include <utility>

namespace near2 {

class HfCheckpoint;

class BertNetwork final : public EncoderNetwork
{
public:
    // Throws InputError naming the checkpoint file and the tensor (missing, wrong shape or dtype).
    BertNetwork(const TransformerConfig& config, const HfCheckpoint& checkpoint);
    ~BertNetwork() override;

    at::Tensor forward(const at::Tensor& ids, std::span<const LengthGroup> groups) override;
    bool sentenceLevel() const override { return false; }
    std::int64_t hiddenSize() const override;
    std::vector<at::Tensor> parameters() override;
    void setTraining(bool training) override;
    void to(const std::string& device) override;
    void setPrecision(ComputePrecision precision) override;
    const std::string& source() const override;

    const TransformerConfig& config() const;
    // The float32 weights under Hugging Face's names (bert_weights.h), on the CPU, Q/K/V split again.
    std::map<std::string, at::Tensor> namedWeights() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace near2
