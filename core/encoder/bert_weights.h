#pragma once
// The tensors of a Hugging Face BERT or DistilBERT model under Hugging Face's own names ("encoder.layer.3.
// attention.self.query.weight", "transformer.layer.0.ffn.lin1.bias"), with the shapes config.json implies, and
// reading them from a checkpoint (prefixes such as "bert." of task models and the old LayerNorm gamma/beta names
// accepted). at::Tensor is only declared here.
#include "core/encoder/hf_config.h"

#include <map>
#include <string>
#include <vector>

namespace at {
class Tensor;
}

namespace near2 {

class HfCheckpoint;

enum class BertPart { Query, Key, Value, AttentionOutput, AttentionNorm, Intermediate, Output, OutputNorm };
enum class EmbeddingPart { Words, Positions, TokenTypes, NormWeight, NormBias };

std::string bertLayerTensorName(const TransformerConfig& config, std::int64_t layer, BertPart part, bool bias);
std::string bertEmbeddingTensorName(const TransformerConfig& config, EmbeddingPart part);

struct TensorSpec
{
    std::string name;
    std::vector<std::int64_t> shape;
};

// Every tensor the forward pass reads, in a fixed order.
std::vector<TensorSpec> bertTensorSpecs(const TransformerConfig& config);

// float32 CPU copies of bertTensorSpecs' tensors, by name. Throws InputError naming the checkpoint file and the
// tensor when one is missing, has another shape than config.json implies, or a dtype other than F32/F16/BF16.
std::map<std::string, at::Tensor> readBertTensors(const TransformerConfig& config, const HfCheckpoint& checkpoint);

} // namespace near2
