#pragma once
// The network behind a model bundle and a training run: token ids in, token states out. Two kinds:
// TorchScriptNetwork (a model.pt: code, opened only when trusted) and BertNetwork (Hugging Face BERT or
// DistilBERT weights: data, run by the workbench's own forward pass).
//
// Sequences come packed, without padding: the ids of every sequence one after the other, in groups of equal
// length; no other sequence enters one's attention or pooling. Its result still depends on the batch by float
// rounding (below 1e-6): the matrix products' blocking follows a group's row count. at::Tensor is only
// declared here; the .cpp files that build tensors include LibTorch.
#include "core/encoder/compute_precision.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace at {
class Tensor;
}

namespace near2 {

class EncoderNetwork
{
public:
    virtual ~EncoderNetwork() = default;

    // `ids`: int64 [T] on the network's device, the groups' sequences one after the other. Returns the token
    // states [T, H] (float32, or bfloat16 in bf16), or one row per sequence [sequences, H] when sentenceLevel().
    // Throws InputError naming the model file when the forward pass fails or returns the wrong shape.
    virtual at::Tensor forward(const at::Tensor& ids, std::span<const LengthGroup> groups) = 0;
    virtual bool sentenceLevel() const = 0;
    virtual std::int64_t hiddenSize() const = 0;

    // Parameters that train (float32).
    virtual std::vector<at::Tensor> parameters() = 0;
    virtual void setTraining(bool training) = 0;
    virtual void to(const std::string& device) = 0;
    // Throws InputError when the network cannot run in `precision` (int8 needs the native BERT forward).
    virtual void setPrecision(ComputePrecision precision) = 0;
    // The file named in messages: model.pt or the weights.
    virtual const std::string& source() const = 0;
};

} // namespace near2
