// The only translation unit of the trainer that includes LibTorch's optimisers.
#include "core/train/model_trainer.h"

#include "core/train/loss_tensors.h"
#include "core/util/atomic_file.h"
#include "core/util/error.h"

#include <sstream>
#include <torch/script.h>
#include <torch/torch.h>

namespace near2 {

struct ModelTrainer::Impl
{
    torch::jit::Module module;
    std::vector<torch::Tensor> parameters;
    std::unique_ptr<torch::optim::AdamW> optimizer;
    Pooling pooling = Pooling::Mean;
    std::int64_t padId = 0;
    torch::Device device{torch::kCPU};
    OptimizerSettings settings;
    std::string source;

    torch::Tensor embed(const std::vector<const std::vector<std::int32_t>*>& texts);
    torch::Tensor batchLoss(const TrainingBatch& batch, const LossSpec& loss);
};

namespace {

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

} // namespace

torch::Tensor ModelTrainer::Impl::embed(const std::vector<const std::vector<std::int32_t>*>& texts)
{
    std::size_t longest = 1;
    for (const auto* ids : texts)
        longest = std::max(longest, ids->size());
    const auto rows = static_cast<std::int64_t>(texts.size());
    auto ids = torch::full({rows, static_cast<std::int64_t>(longest)}, padId, torch::kInt64);
    auto mask = torch::zeros({rows, static_cast<std::int64_t>(longest)}, torch::kInt64);
    auto idsAccess = ids.accessor<std::int64_t, 2>();
    auto maskAccess = mask.accessor<std::int64_t, 2>();
    for (std::int64_t r = 0; r < rows; ++r) {
        const auto& sequence = *texts[static_cast<std::size_t>(r)];
        for (std::size_t c = 0; c < sequence.size(); ++c) {
            idsAccess[r][static_cast<std::int64_t>(c)] = sequence[c];
            maskAccess[r][static_cast<std::int64_t>(c)] = 1;
        }
    }
    ids = ids.to(device);
    mask = mask.to(device);
    torch::jit::IValue result;
    try {
        result = module.forward({ids, mask});
    } catch (const c10::Error& e) {
        throw InputError(source, "forward(input_ids, attention_mask) failed: " +
                                     firstLine(e.what_without_backtrace()));
    }
    if (result.isTuple())
        result = result.toTupleRef().elements().at(0);
    if (!result.isTensor())
        throw InputError(source, "forward() must return a tensor (or a tuple starting with one)");
    auto output = result.toTensor().to(torch::kFloat32);
    const auto expectedRank = pooling == Pooling::None ? 2 : 3;
    if (output.dim() != expectedRank)
        throw InputError(source, "forward() returned a tensor of rank " + std::to_string(output.dim()) +
                                     "; pooling '" + poolingName(pooling) + "' needs rank " +
                                     std::to_string(expectedRank));
    if (pooling == Pooling::Mean) {
        const auto weights = mask.unsqueeze(-1).to(output.scalar_type());
        return (output * weights).sum(1) / weights.sum(1).clamp_min(1e-9);
    }
    if (pooling == Pooling::Cls)
        return output.select(1, 0);
    return output;
}

torch::Tensor ModelTrainer::Impl::batchLoss(const TrainingBatch& batch, const LossSpec& loss)
{
    const auto queries = embed(batch.queries);
    const auto documents = embed(batch.documents);
    auto positive = torch::from_blob(const_cast<std::uint8_t*>(batch.positive.data()),
                                     {static_cast<std::int64_t>(batch.queries.size()),
                                      static_cast<std::int64_t>(batch.documents.size())},
                                     torch::kUInt8)
                        .to(torch::kBool)
                        .to(device);
    return matryoshkaLoss(queries, documents, positive, loss);
}

ModelTrainer::ModelTrainer(const std::string& modelBytes, const std::string& source, Pooling pooling,
                           std::int32_t padId, const std::string& device, const OptimizerSettings& settings,
                           std::uint64_t seed)
    : m_impl(std::make_unique<Impl>())
{
    torch::manual_seed(seed);
    m_impl->source = source;
    m_impl->pooling = pooling;
    m_impl->padId = padId;
    m_impl->device = torch::Device(device);
    m_impl->settings = settings;
    try {
        std::istringstream bytes(modelBytes);
        m_impl->module = torch::jit::load(bytes, torch::kCPU);
    } catch (const c10::Error& e) {
        throw InputError(source,
                         "not a loadable TorchScript model: " + firstLine(e.what_without_backtrace()));
    }
    m_impl->module.to(m_impl->device);
    m_impl->module.train();
    for (auto parameter : m_impl->module.parameters()) {
        if (!parameter.is_floating_point())
            continue;
        parameter.requires_grad_(true);
        m_impl->parameters.push_back(parameter);
    }
    if (m_impl->parameters.empty())
        throw InputError(source, "the TorchScript module has no trainable parameters (nothing to fine-tune)");
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
    const std::vector<std::int32_t> probe = {static_cast<std::int32_t>(m_impl->padId)};
    torch::NoGradGuard noGrad;
    return static_cast<std::size_t>(m_impl->embed({&probe}).size(1));
}

double ModelTrainer::step(const TrainingBatch& batch, const LossSpec& loss, double lr)
{
    for (auto& group : m_impl->optimizer->param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
    m_impl->optimizer->zero_grad();
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

void ModelTrainer::save(const std::filesystem::path& file) const
{
    // Serialised in memory first: LibTorch's file writer throws from its destructor when the disk fills
    // (std::terminate); AtomicFile reports a failed write as InputError and leaves no partial file.
    std::ostringstream bytes;
    m_impl->module.eval();
    m_impl->module.save(bytes);
    m_impl->module.train();
    AtomicFile out(file, std::ios::out | std::ios::binary);
    const std::string data = std::move(bytes).str();
    out.stream().write(data.data(), static_cast<std::streamsize>(data.size()));
    out.commit();
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
