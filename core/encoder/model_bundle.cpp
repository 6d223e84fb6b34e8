// The only translation unit of the encoder that includes LibTorch.
#include "core/encoder/model_bundle.h"

#include "core/encoder/content_hash.h"
#include "core/util/error.h"

#include <algorithm>
#include <mutex>
#include <torch/script.h>

namespace near2 {

struct ModelBundle::Impl
{
    std::filesystem::path folder;
    std::filesystem::path modelFile;
    ModelManifest manifest;
    std::unique_ptr<BertTokenizer> tokenizer;
    std::string contentHash;
    mutable std::mutex mutex; // guards the module and its device
    mutable torch::jit::Module module;
    mutable std::string device = "cpu";

    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& mask) const;
    torch::Tensor pool(const torch::Tensor& output, const torch::Tensor& mask) const;
};

namespace {

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

} // namespace

torch::Tensor ModelBundle::Impl::forward(const torch::Tensor& ids, const torch::Tensor& mask) const
{
    torch::jit::IValue result = module.forward({ids, mask});
    if (result.isTuple())
        result = result.toTupleRef().elements().at(0);
    if (!result.isTensor())
        throw InputError(modelFile, "forward() must return a tensor (or a tuple starting with one)");
    return result.toTensor();
}

torch::Tensor ModelBundle::Impl::pool(const torch::Tensor& output, const torch::Tensor& mask) const
{
    const bool sentenceLevel = manifest.pooling == Pooling::None;
    const auto expectedRank = sentenceLevel ? 2 : 3;
    if (output.dim() != expectedRank)
        throw InputError(modelFile, "forward() returned a tensor of rank " + std::to_string(output.dim()) +
                                        "; pooling '" + poolingName(manifest.pooling) + "' needs rank " +
                                        std::to_string(expectedRank) +
                                        (sentenceLevel ? " [B,H]" : " [B,L,H]"));
    if (output.size(-1) != static_cast<std::int64_t>(manifest.dim))
        throw InputError(modelFile, "the model outputs " + std::to_string(output.size(-1)) +
                                        " dims but the manifest says dim " + std::to_string(manifest.dim));
    torch::Tensor pooled;
    if (manifest.pooling == Pooling::Mean) {
        const auto weights = mask.unsqueeze(-1).to(output.scalar_type());
        pooled = (output * weights).sum(1) / weights.sum(1).clamp_min(1e-9);
    } else if (manifest.pooling == Pooling::Cls) {
        pooled = output.select(1, 0);
    } else {
        pooled = output;
    }
    pooled = pooled.to(torch::kFloat32);
    if (manifest.normalize)
        pooled = pooled / pooled.norm(2, 1, true).clamp_min(1e-12);
    return pooled;
}

ModelBundle ModelBundle::open(const std::filesystem::path& folder)
{
    auto impl = std::make_shared<Impl>();
    impl->folder = folder;
    impl->modelFile = folder / "model.pt";
    const auto manifestFile = folder / kManifestFileName;
    if (!std::filesystem::is_directory(folder))
        throw InputError(folder, "the model bundle folder does not exist");
    impl->manifest = readManifest(manifestFile);
    const auto tokenizerFile = folder / impl->manifest.tokenizer;
    impl->tokenizer =
        std::make_unique<BertTokenizer>(BertTokenizer::fromFile(tokenizerFile, impl->manifest.lowercase));
    if (!std::filesystem::is_regular_file(impl->modelFile))
        throw InputError(impl->modelFile, "the model bundle has no model.pt (TorchScript)");
    try {
        impl->module = torch::jit::load(impl->modelFile.string(), torch::kCPU);
    } catch (const c10::Error& e) {
        throw InputError(impl->modelFile, "not a loadable TorchScript model: " + firstLine(e.what()));
    }
    impl->module.eval();

    ContentHasher hasher;
    hasher.updateFile(impl->modelFile);
    hasher.updateFile(manifestFile);
    hasher.updateFile(tokenizerFile);
    impl->contentHash = hasher.hex();

    ModelBundle bundle(std::move(impl));
    const std::vector<std::int32_t> probe = {bundle.tokenizer().clsId(), bundle.tokenizer().sepId()};
    const std::vector<std::int32_t>* batch[] = {&probe};
    std::vector<float> out(bundle.dim());
    bundle.embedBatch(batch, out.data(), "cpu");
    return bundle;
}

const std::filesystem::path& ModelBundle::folder() const
{
    return m_impl->folder;
}
const ModelManifest& ModelBundle::manifest() const
{
    return m_impl->manifest;
}
const BertTokenizer& ModelBundle::tokenizer() const
{
    return *m_impl->tokenizer;
}
const std::string& ModelBundle::contentHash() const
{
    return m_impl->contentHash;
}

void ModelBundle::embedBatch(std::span<const std::vector<std::int32_t>* const> batch, float* out,
                             const std::string& device) const
{
    if (batch.empty())
        return;
    std::size_t longest = 1;
    for (const auto* ids : batch)
        longest = std::max(longest, ids->size());
    const auto rows = static_cast<std::int64_t>(batch.size());
    const auto columns = static_cast<std::int64_t>(longest);
    auto ids = torch::full({rows, columns}, static_cast<std::int64_t>(tokenizer().padId()), torch::kInt64);
    auto mask = torch::zeros({rows, columns}, torch::kInt64);
    auto idsAccess = ids.accessor<std::int64_t, 2>();
    auto maskAccess = mask.accessor<std::int64_t, 2>();
    for (std::int64_t r = 0; r < rows; ++r) {
        const auto& sequence = *batch[static_cast<std::size_t>(r)];
        for (std::size_t c = 0; c < sequence.size(); ++c) {
            idsAccess[r][static_cast<std::int64_t>(c)] = sequence[c];
            maskAccess[r][static_cast<std::int64_t>(c)] = 1;
        }
    }

    const std::lock_guard lock(m_impl->mutex);
    c10::InferenceMode inferenceMode;
    if (device != m_impl->device) {
        m_impl->module.to(torch::Device(device));
        m_impl->device = device;
    }
    torch::Tensor pooled;
    try {
        const auto target = torch::Device(device);
        const auto deviceMask = mask.to(target);
        pooled = m_impl->pool(m_impl->forward(ids.to(target), deviceMask), deviceMask);
    } catch (const c10::Error& e) {
        throw InputError(m_impl->modelFile, "forward(input_ids, attention_mask) failed: " +
                                                firstLine(e.what_without_backtrace()));
    }
    pooled = pooled.to(torch::kCPU).contiguous();
    std::copy_n(pooled.data_ptr<float>(), batch.size() * dim(), out);
}

} // namespace near2
