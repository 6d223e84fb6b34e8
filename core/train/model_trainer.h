#pragma once
// One encoder under training (a TorchScript module or the native BERT forward over Hugging Face weights):
// every floating-point parameter trains through the network's forward on packed sequences and the manifest's
// pooling (the same pooling code as encoding), with AdamW, a learning rate set per step and gradient
// clipping. Torch-free header (PIMPL); used by the training job and the training benchmark.
#include "core/encoder/compute_precision.h"
#include "core/encoder/pooling_spec.h"
#include "core/train/train_options.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace near2 {

class EncoderNetwork;

struct OptimizerSettings
{
    double weightDecay = 0.01;
    double maxGradNorm = 1.0; // ≤ 0: no clipping
};

// A batch: query i's positive is document i; documents past the queries are extra (judged) negatives.
// positive[i * documents.size() + j] is 1 where document j is a judged positive of query i (the diagonal
// too).
struct TrainingBatch
{
    std::vector<const std::vector<std::int32_t>*> queries;
    std::vector<const std::vector<std::int32_t>*> documents;
    std::vector<std::uint8_t> positive;
};

class ModelTrainer
{
public:
    // Takes the network to `device` in training mode. Throws InputError when it has no trainable
    // (floating-point) parameter. The seed fixes LibTorch's generator for this run (dropout included).
    ModelTrainer(std::shared_ptr<EncoderNetwork> network, const PoolingSpec& queryPooling,
                 const PoolingSpec& documentPooling, const std::string& device,
                 const OptimizerSettings& settings, std::uint64_t seed);
    ~ModelTrainer();
    ModelTrainer(const ModelTrainer&) = delete;
    ModelTrainer& operator=(const ModelTrainer&) = delete;

    std::size_t parameterCount() const; // scalars that train
    std::size_t outputDim() const;      // the pooled embedding size, from a probe forward pass

    // Forward, loss, backward, clipping and one AdamW step at learning rate `lr`. Returns the loss.
    double step(const TrainingBatch& batch, const LossSpec& loss, double lr);
    // The loss only (no gradient, no update).
    double lossOf(const TrainingBatch& batch, const LossSpec& loss);

    // The network, to save it (its kind knows how: TorchScriptNetwork::save, the Hugging Face writer).
    EncoderNetwork& network();
    // The parameters, flattened in module order (for determinism checks).
    std::vector<float> parameterValues() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace near2
