// Opening a model folder (either kind) and embedding batches with it.
#include "core/encoder/model_bundle.h"

#include "core/encoder/bert_network.h"
#include "core/encoder/content_hash.h"
#include "core/encoder/hf_checkpoint.h"
#include "core/encoder/hf_model_folder.h"
#include "core/encoder/int8_linear.h"
#include "core/encoder/model_paths.h"
#include "core/encoder/model_trust.h"
#include "core/encoder/network_errors.h"
#include "core/encoder/packed_ids.h"
#include "core/encoder/pooling.h"
#include "core/encoder/torchscript_network.h"
#include "core/util/bounded_read.h"
#include "core/util/error.h"

#include <algorithm>
#include <mutex>
#include <torch/torch.h>

namespace near2 {

namespace {

namespace fs = std::filesystem;

// Part of every cache key: bump when the encoder's arithmetic changes what a model returns.
constexpr const char* kEncoderVersion = "near2-encoder/5 normalized added tokens";
constexpr std::uint64_t kMaxTorchScriptBytes = 4ull << 30;

std::string settingsText(const ModelManifest& m)
{
    return std::string(poolingName(m.pooling)) + (m.normalize ? " normalized " : " raw ") +
           std::to_string(m.maxLength) + " " + std::to_string(m.lowercase.value_or(-1)) +
           " q:" + m.queryPrefix + " d:" + m.documentPrefix;
}

} // namespace

struct ModelBundle::Impl
{
    fs::path folder;
    ModelDescription description;
    std::unique_ptr<BertTokenizer> tokenizer;
    std::string contentHash;
    ComputePrecision precision = ComputePrecision::Fp32;
    PoolingSpec querySpec, documentSpec;
    std::string source;       // the file named in messages
    mutable std::mutex mutex; // guards the network and its device
    std::shared_ptr<EncoderNetwork> network;
    mutable std::string device = "cpu";

    void openTorchScript(ContentHasher& hasher);
    void openHuggingFace(ContentHasher& hasher);
};

void ModelBundle::Impl::openTorchScript(ContentHasher& hasher)
{
    const fs::path manifestFile = folder / kManifestFileName;
    description = describeModel(folder);
    const ModelManifest& manifest = description.manifest;
    const fs::path tokenizerFile = resolveInsideFolder(folder, manifest.tokenizer, manifestFile, "tokenizer");
    const std::string tokenizerBytes = readTokenizerFileBytes(tokenizerFile); // parsed and hashed: read once
    tokenizer = std::make_unique<BertTokenizer>(BertTokenizer::fromLoaded(
        parseVocabFile(tokenizerBytes, tokenizerFile), tokenizerFile, manifest.lowercase));
    const fs::path modelFile = folder / "model.pt";
    std::error_code error;
    if (!fs::exists(modelFile, error))
        throw InputError(modelFile, "the model bundle has no model.pt (TorchScript)");
    const std::string bytes = readFileBounded(modelFile, kMaxTorchScriptBytes, "the TorchScript model");
    requireModelCodeTrust(modelFile, sha256Hex(bytes));
    source = modelFile.string();
    network = std::make_shared<TorchScriptNetwork>(bytes, source, manifest.pooling == Pooling::None);
    hasher.update(bytes);
    hasher.updateField(tokenizerBytes);
}

void ModelBundle::Impl::openHuggingFace(ContentHasher& hasher)
{
    const HfModelFolder model = readHfModelFolder(folder);
    description = describeModel(model);
    tokenizer = std::make_unique<BertTokenizer>(BertTokenizer::fromLoaded(
        *model.tokenizerVocab, model.tokenizerFile, model.lowercase, model.stripAccents));
    const HfCheckpoint checkpoint = HfCheckpoint::open(model.modelFolder);
    source = checkpoint.describedBy().string();
    network = std::make_shared<BertNetwork>(model.config, checkpoint);
    const TransformerConfig& c = model.config;
    hasher.updateField(std::string(architectureName(c.architecture)) + " " + c.activationName + " " +
                       std::to_string(c.layerNormEps));
    for (const SafetensorsFile& file : checkpoint.files())
        hasher.update(
            std::string_view(reinterpret_cast<const char*>(file.bytes().data()), file.bytes().size()));
    hasher.updateField(*model.tokenizerBytes);
    hasher.updateField(std::to_string(model.stripAccents.value_or(-1)));
    if (!model.sentence.includePrompt) { // a prompt's tokens and [CLS] are left out of the pooling
        const auto skipped = [&](const std::optional<std::string>& prompt) -> std::int64_t {
            // sentence-transformers counts [CLS] with the prompt, and only when a prompt applies.
            return prompt ? static_cast<std::int64_t>(tokenizer->tokenize(*prompt).size()) + 1 : 0;
        };
        querySpec.skipLeading = skipped(model.sentence.queryPrompt);
        documentSpec.skipLeading = skipped(model.sentence.documentPrompt);
    }
}

ModelBundle ModelBundle::open(const fs::path& folder, const ModelOpenOptions& options)
{
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw InputError(folder, "the model folder does not exist");
    auto impl = std::make_shared<Impl>();
    impl->folder = folder;
    impl->precision = options.precision;
    ContentHasher hasher;
    hasher.updateField(kEncoderVersion);
    if (isHuggingFaceFolder(folder))
        impl->openHuggingFace(hasher);
    else
        impl->openTorchScript(hasher);
    const ModelManifest& manifest = impl->description.manifest;
    for (PoolingSpec* spec : {&impl->querySpec, &impl->documentSpec}) {
        spec->pooling = manifest.pooling;
        spec->normalize = manifest.normalize;
    }
    impl->network->setPrecision(options.precision);
    hasher.updateField(settingsText(manifest));
    hasher.updateField(computePrecisionName(options.precision));
    if (options.precision == ComputePrecision::Int8) // each int8 kernel rounds activations its own way
        hasher.updateField(Int8Linear::kernelName());
    hasher.updateField(std::to_string(impl->querySpec.skipLeading) + " " +
                       std::to_string(impl->documentSpec.skipLeading));
    impl->contentHash = hasher.hex();

    ModelBundle bundle(std::move(impl));
    const std::vector<std::int32_t> probe = {bundle.tokenizer().clsId(), bundle.tokenizer().sepId()};
    const std::vector<std::int32_t>* batch[] = {&probe};
    std::vector<float> out(bundle.dim());
    bundle.embedBatch(batch, out.data(), "cpu");
    return bundle;
}

const fs::path& ModelBundle::folder() const
{
    return m_impl->folder;
}
const ModelDescription& ModelBundle::description() const
{
    return m_impl->description;
}
const BertTokenizer& ModelBundle::tokenizer() const
{
    return *m_impl->tokenizer;
}
ComputePrecision ModelBundle::precision() const
{
    return m_impl->precision;
}
const std::string& ModelBundle::contentHash() const
{
    return m_impl->contentHash;
}
std::shared_ptr<EncoderNetwork> ModelBundle::network() const
{
    return m_impl->network;
}
const PoolingSpec& ModelBundle::pooling(TextKind kind) const
{
    return kind == TextKind::Query ? m_impl->querySpec : m_impl->documentSpec;
}

void ModelBundle::embedBatch(std::span<const std::vector<std::int32_t>* const> batch, float* out,
                             const std::string& device, TextKind kind) const
{
    if (batch.empty())
        return;
    const PackedIds packed = packSequences(batch);
    const auto ids = torch::tensor(packed.ids, torch::kInt64);
    const std::lock_guard lock(m_impl->mutex);
    c10::InferenceMode inferenceMode;
    if (device != m_impl->device) {
        m_impl->network->to(device);
        m_impl->device = device;
    }
    const PoolingSpec& spec = kind == TextKind::Query ? m_impl->querySpec : m_impl->documentSpec;
    const torch::Tensor states = m_impl->network->forward(ids.to(torch::Device(device)), packed.groups);
    torch::Tensor pooled = poolSequences(states, packed.groups, spec).to(torch::kCPU).contiguous();
    const auto rows = static_cast<std::int64_t>(batch.size()), columns = static_cast<std::int64_t>(dim());
    if (pooled.dim() != 2 || pooled.size(0) != rows || pooled.size(1) != columns)
        throw InputError(m_impl->source, "the model returned embeddings of shape " + shapeText(pooled) +
                                             " for " + std::to_string(rows) + " texts; expected [" +
                                             std::to_string(rows) + ", " + std::to_string(columns) +
                                             "] (dim in the manifest)");
    requireFinite(pooled, m_impl->source);
    const float* values = pooled.data_ptr<float>();
    for (std::size_t r = 0; r < packed.order.size(); ++r)
        std::copy_n(values + r * dim(), dim(), out + packed.order[r] * dim());
}

} // namespace near2
