#pragma once
// A model to encode with, opened from a folder of one of two kinds (model_trust.h says which needs trust):
//  - a Hugging Face model folder (config.json + safetensors; hf_model_folder.h): BERT or DistilBERT run by
//    the workbench's own forward pass. Data: opens without trust.
//  - a model bundle: near2-model.json, model.pt (TorchScript) and the tokenizer file it names. Code: opens
//    only when trusted. `forward(input_ids: int64[B,L], attention_mask: int64[B,L])` returns token embeddings
//    float[B,L,H] (pooling mean/cls/max/last) or sentence embeddings float[B,H] (pooling none).
// LibTorch stays inside the .cpp files (PIMPL). Cheap to copy (shared state); embedBatch serialises its
// callers.
#include "core/encoder/compute_precision.h"
#include "core/encoder/model_manifest.h"
#include "core/encoder/pooling_spec.h"
#include "core/tokenizer/bert_tokenizer.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace near2 {

class EncoderNetwork;
struct HfModelFolder;

enum class ModelFormat { TorchScript, HuggingFace };

// What a model folder holds, read from its configuration files only (no weights, no code): for the wizard's
// model page and for messages.
struct ModelDescription
{
    ModelFormat format = ModelFormat::TorchScript;
    std::string architecture;                             // "bert", "distilbert", or "torchscript"
    std::int64_t layers = 0, heads = 0, intermediate = 0; // 0 where unknown (TorchScript)
    ModelManifest manifest;      // name, dim (hidden size), mrl_dims, max_length, pooling, normalize, prompts
    std::vector<int> nestedDims; // the dims to evaluate: mrl_dims, else the evaluation's default dims
    bool runsCode = false;       // model.pt: opening it needs trust (model_trust.h)
    std::filesystem::path weights;    // model.pt, model.safetensors or model.safetensors.index.json
    std::vector<std::string> modules; // sentence-transformers module types, in order
    std::string similarity;           // similarity_fn_name where the model declares one
};

// A sentence saying that the workbench ranks by cosine where the model declares another similarity
// (similarity_fn_name "dot", "euclidean", "manhattan"); empty otherwise.
std::string similarityNote(const ModelDescription& description);

// Throws InputError naming the file and key at fault.
ModelDescription describeModel(const std::filesystem::path& folder);
// The description of a Hugging Face folder already read.
ModelDescription describeModel(const HfModelFolder& model);

struct ModelOpenOptions
{
    ComputePrecision precision = ComputePrecision::Fp32;
};

class ModelBundle
{
public:
    // Reads and checks everything, then runs the model once on a tiny input to check its output (shape, dim,
    // finite values). Throws InputError naming the file (UntrustedModelCodeError for an untrusted model.pt).
    static ModelBundle open(const std::filesystem::path& folder, const ModelOpenOptions& options = {});

    const std::filesystem::path& folder() const;
    const ModelDescription& description() const;
    const ModelManifest& manifest() const { return description().manifest; }
    const BertTokenizer& tokenizer() const;
    std::size_t dim() const { return manifest().dim; }
    ComputePrecision precision() const;
    // A hash of the model's files, its precision and the encoder's version: the model half of a cache key.
    const std::string& contentHash() const;

    // Embeds a batch of id sequences ([CLS] … [SEP], any order and lengths): writes batch.size() × dim floats
    // to `out`, row i for batch[i]. Pooled (and L2-normalised when the model says so); a row depends on its
    // own ids, and by float rounding on its batch. `device`: "cpu" or "cuda". Throws InputError naming the
    // model when the forward pass fails, returns the wrong shape, or NaN/infinite values.
    void embedBatch(std::span<const std::vector<std::int32_t>* const> batch, float* out,
                    const std::string& device, TextKind kind = TextKind::Document) const;

    // For training: the network itself (shared; no embedBatch may run while a trainer uses it) and the
    // pooling each kind of text gets.
    std::shared_ptr<EncoderNetwork> network() const;
    const PoolingSpec& pooling(TextKind kind) const;

private:
    struct Impl;
    explicit ModelBundle(std::shared_ptr<Impl> impl) : m_impl(std::move(impl)) {}
    std::shared_ptr<Impl> m_impl;
};

} // namespace near2
