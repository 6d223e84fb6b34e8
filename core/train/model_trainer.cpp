// The only translation unit of the trainer that includes LibTorch's optimisers.
#include "core/train/model_trainer.h"

#include "core/encoder/packed_ids.h"
#include "core/encoder/pooling.h"
#include "core/train/loss_tensors.h"
#include "core/util/atomic_file.h"
#include "core/util/error.h"

#include <torch/torch.h>

namespace near2 {

struct ModelTrainer::Impl
{
    std::shared_ptr<EncoderNetwork> network;
    std::vector<torch::Tensor> parameters;
    std::unique_ptr<torch::optim::AdamW> optimizer;
    PoolingSpec queryPooling, documentPooling;
    torch::Device device{torch::kCPU};
    OptimizerSettings settings;

    torch::Tensor embed(const std::vector<const std::vector<std::int32_t>*>& texts,
                        const PoolingSpec& pooling);
    torch::Tensor batchLoss(const TrainingBatch& batch, const LossSpec& loss);
};

// The texts' pooled embeddings in their own order (packed by length for the network, then put back).
torch::Tensor ModelTrainer::Impl::embed(const std::vector<const std::vector<std::int32_t>*>& texts,
                                        const PoolingSpec& pooling)
{
    const PackedIds packed = packSequences(texts);
    const auto ids = torch::tensor(packed.ids, torch::kInt64).to(device);
    const auto pooled = poolSequences(network->forward(ids, packed.groups), packed.groups, pooling);
    std::vector<std::int64_t> inverse(packed.order.size());
    for (std::size_t r = 0; r < packed.order.size(); ++r)
        inverse[packed.order[r]] = static_cast<std::int64_t>(r);
    return pooled.index_select(0, torch::tensor(inverse, torch::kInt64).to(device));
}

torch::Tensor ModelTrainer::Impl::batchLoss(const TrainingBatch& batch, const LossSpec& loss)
{
    const auto queries = embed(batch.queries, queryPooling);
    const auto documents = embed(batch.documents, documentPooling);
    auto positive = torch::from_blob(const_cast<std::uint8_t*>(batch.positive.data()),
                                     {static_cast<std::int64_t>(batch.queries.size()),
                                      static_cast<std::int64_t>(batch.documents.size())},
                                     torch::kUInt8)
                        .to(torch::kBool)
                        .to(device);
    return matryoshkaLoss(queries, documents, positive, loss);
}

ModelTrainer::ModelTrainer(std::shared_ptr<EncoderNetwork> network, const PoolingSpec& queryPooling,
                           const PoolingSpec& documentPooling, const std::string& device,
                           const OptimizerSettings& settings, std::uint64_t seed)
    : m_impl(std::make_unique<Impl>())
{
    torch::manual_seed(seed);
    m_impl->network = std::move(network);
    m_impl->queryPooling = queryPooling;
    m_impl->documentPooling = documentPooling;
    m_impl->queryPooling.normalize = m_impl->documentPooling.normalize =
        false; // the losses normalise each prefix
    m_impl->device = torch::Device(device);
    m_impl->settings = settings;
    m_impl->network->to(device);
    m_impl->network->setTraining(true);
    for (auto parameter : m_impl->network->parameters()) {
        parameter.requires_grad_(true);
        m_impl->parameters.push_back(parameter);
    }
    if (m_impl->parameters.empty())
        throw InputError(m_impl->network->source(),
                         "the model has no trainable parameters (nothing to fine-tune)");
    m_impl->optimizer = std::make_unique<torch::optim::AdamW>(
        m_impl->parameters, torch::optim::AdamWOptions(1e-3).weight_decay(settings.weightDecay));
}

ModelTrainer::~ModelTrainer() = default;

std::size_t ModelTrainer::parameterCount() const
{
    std::size_t count = 0;
    for (const auto& parameter : m_impl->parameters)
        count += static_cast<std::size_t>(parameter.numel());
    return count;
}

std::size_t ModelTrainer::outputDim() const
{
    const std::vector<std::int32_t> probe = {0, 0};
    torch::NoGradGuard noGrad;
    return static_cast<std::size_t>(m_impl->embed({&probe}, m_impl->documentPooling).size(1));
}

double ModelTrainer::step(const TrainingBatch& batch, const LossSpec& loss, double lr)
{
    for (auto& group : m_impl->optimizer->param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
    // Dropped rather than zeroed: the backward pass then writes each gradient once instead of adding it to a
    // table of zeros (the embedding tables are most of the parameters).
    for (auto& parameter : m_impl->parameters)
        parameter.mutable_grad() = torch::Tensor();
    const auto value = m_impl->batchLoss(batch, loss);
    value.backward();
    if (m_impl->settings.maxGradNorm > 0)
        torch::nn::utils::clip_grad_norm_(m_impl->parameters, m_impl->settings.maxGradNorm);
    m_impl->optimizer->step();
    return value.item<double>();
}

double ModelTrainer::lossOf(const TrainingBatch& batch, const LossSpec& loss)
{
    torch::NoGradGuard noGrad;
    return m_impl->batchLoss(batch, loss).item<double>();
}

EncoderNetwork& ModelTrainer::network()
{
    return *m_impl->network;
}

std::vector<float> ModelTrainer::parameterValues() const
{
    std::vector<float> values;
    for (const auto& parameter : m_impl->parameters) {
        const auto flat = parameter.detach().to(torch::kCPU, torch::kFloat32).contiguous().view(-1);
        values.insert(values.end(), flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
    }
    return values;
}

} // namespace near2
